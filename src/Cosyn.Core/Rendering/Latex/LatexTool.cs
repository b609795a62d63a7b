using Cosyn.Rendering.CliTools;

namespace Cosyn.Rendering.Latex;

/// <summary>LaTeX: pdflatex or lualatex in a sandbox per job, page 1 rasterised by pdftoppm.</summary>
public static class LatexTool
{
    /// <summary>The tool's name in metadata and on the command line.</summary>
    public const string Name = "latex";

    // Wide tables (3 rows x 9 columns) and one-line equations are naturally wide: 5.2-6.1:1 measured, within the
    // default 16:1 limit of the line-art policy.
    /// <summary>The tool's definition, listed by <see cref="ToolRegistry"/>.</summary>
    public static ToolDefinition Definition { get; } = CliTool.Define(
        Name,
        tools => tools.Latex,
        (options, tools) => new LatexRenderer(options, tools.LatexFormats),
        // texlive-science: siunitx, which LLM-written circuitikz and table code uses all the time.
        new ToolRequirements
        {
            AptPackages =
            [
                "texlive-latex-base", "texlive-latex-recommended", "texlive-latex-extra", "texlive-pictures",
                "texlive-luatex", "texlive-science", "lmodern",
            ],
            Binaries = [LatexEngine.PdfLatex, LatexEngine.LuaLatex],
        }.Plus(PdfRasterizer.Requirements));
}
