namespace Cosyn.Rendering.CliTools;

/// <summary>Options for each sandboxed command-line tool, with per-tool defaults chosen so text is crisp.</summary>
public sealed record CliToolsSettings
{
    /// <summary>pdflatex / lualatex, rasterised by pdftoppm. 200 dpi keeps 10 pt text about 28 px tall.</summary>
    public CliToolOptions Latex { get; init; } = new();

    /// <summary>Formats precompiled per preamble that pdflatex jobs share (on by default, see <see cref="Latex.LatexFormatOptions.Enabled"/>).</summary>
    public Latex.LatexFormatOptions LatexFormats { get; init; } = new();

    /// <summary>Graphviz <c>dot</c>. Its default 96 dpi blurs 14 pt labels; 150 is sharp without huge images.</summary>
    public CliToolOptions Graphviz { get; init; } = new() { Dpi = 150 };

    /// <summary>
    /// rsvg-convert. SVG is in CSS pixels (96 per inch), so 192 dpi draws at 2x: small icons and badges get crisp
    /// text; a size-less SVG gets <see cref="RenderOptions.Width"/> CSS pixels, also at 2x.
    /// </summary>
    public CliToolOptions Svg { get; init; } = new() { Dpi = 192 };

    /// <summary>Asymptote to PDF, rasterised by pdftoppm (also covers 3-D, which has no OpenGL here).</summary>
    public CliToolOptions Asymptote { get; init; } = new();

    /// <summary>LilyPond PNG backend. It is slow to start and memory-hungry: one job per core at most.</summary>
    public CliToolOptions Lilypond { get; init; } = new() { Concurrency = Math.Max(1, Environment.ProcessorCount / 2) };
}
