using Cosyn.Rendering.CliTools;
using Cosyn.Rendering.Images;

namespace Cosyn.Rendering.Latex;

/// <summary>LaTeX: pdflatex or lualatex in a sandbox per job, page 1 rasterised by pdftoppm.</summary>
public static class LatexTool
{
    /// <summary>The tool's name in metadata and on the command line.</summary>
    public const string Name = "latex";

    /// <summary>The tool's definition, listed by <see cref="ToolRegistry"/>.</summary>
    public static ToolDefinition Definition { get; } = new()
    {
        Name = Name,
        CreateRenderer = settings => new LatexRenderer(settings.CliTools.Latex, settings.CliTools.LatexFormats),
        Sandbox = settings => settings.CliTools.Latex.Sandbox,
        // Wide tables (3 rows x 9 columns) and one-line equations are naturally wide: 5.2-6.1:1 measured, within the default 16:1 limit.
        ImagePolicy = ImagePolicy.LineArt,
        // texlive-science: siunitx, which LLM-written circuitikz and table code uses all the time.
        Requirements = new ToolRequirements
        {
            AptPackages =
            [
                "texlive-latex-base", "texlive-latex-recommended", "texlive-latex-extra", "texlive-pictures",
                "texlive-luatex", "texlive-science", "lmodern",
            ],
            Binaries = [LatexEngine.PdfLatex, LatexEngine.LuaLatex],
        }.Plus(PdfRasterizer.Requirements),
    };
}
