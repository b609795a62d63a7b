namespace Cosyn.Synthesis.Llm.Prompting;

/// <summary>The fonts the render environment has (<c>fonts.json</c>), so code prompts stop asking for ones that fail; a test checks them against fc-list and kpsewhich.</summary>
/// <param name="System">Font families fontconfig finds (Chromium, Matplotlib, Graphviz, librsvg).</param>
/// <param name="LatexPackages">pdflatex font packages that exist in this TeX Live.</param>
/// <param name="LatexMissing">Font packages models often ask for that do not exist here.</param>
public sealed record InstalledFonts(IReadOnlyList<string> System, IReadOnlyList<string> LatexPackages, IReadOnlyList<string> LatexMissing)
{
    /// <summary>The placeholders tool conventions may use, filled with these lists.</summary>
    public IReadOnlyDictionary<string, string> Placeholders => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["system_fonts"] = string.Join(", ", System),
        ["latex_fonts"] = string.Join(", ", LatexPackages),
        ["latex_missing"] = string.Join(", ", LatexMissing),
    };
}
