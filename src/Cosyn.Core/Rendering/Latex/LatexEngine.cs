using System.Text.RegularExpressions;

namespace Cosyn.Rendering.Latex;

/// <summary>Chooses pdflatex or lualatex, and whether a second pass is worth its cost. Cheap source heuristics.</summary>
public static partial class LatexEngine
{
    public const string PdfLatex = "pdflatex";
    public const string LuaLatex = "lualatex";

    /// <summary>lualatex when the source needs a Unicode engine (fontspec and friends, a TeX program comment); otherwise the faster pdflatex.</summary>
    public static string Choose(string code) => NeedsUnicodeEngine().IsMatch(code ?? "") ? LuaLatex : PdfLatex;

    /// <summary>True when pdflatex's log says the document needs XeTeX or LuaTeX (a package the heuristic missed).</summary>
    public static bool LogAsksForUnicodeEngine(string log) =>
        (log ?? "").Contains("requires either XeTeX or LuaTeX", StringComparison.Ordinal)
        || (log ?? "").Contains("LuaTeX is required", StringComparison.Ordinal);

    /// <summary>True when cross references would be wrong (??) after a single pass.</summary>
    public static bool NeedsSecondRun(string code) => CrossReferences().IsMatch(code ?? "");

    // xelatex is not installed; lualatex handles what a xelatex document asks for.
    [GeneratedRegex(@"\\usepackage(\[[^\]]*\])?\{[^}]*\b(fontspec|unicode-math|luacode|polyglossia|luatexja|luaotfload)\b|\\directlua|%\s*!TEX\s+(TS-)?program\s*=\s*(lua|xe)latex", RegexOptions.IgnoreCase)]
    private static partial Regex NeedsUnicodeEngine();

    [GeneratedRegex(@"\\(page|eq|auto|c|C|name)?ref\{|\\tableofcontents|\\listof(figures|tables)|lastpage|\\cite\{|remember picture")]
    private static partial Regex CrossReferences();
}
