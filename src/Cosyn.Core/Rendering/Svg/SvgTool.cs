using Cosyn.Rendering.CliTools;

namespace Cosyn.Rendering.Svg;

/// <summary>SVG: rasterised by rsvg-convert in a sandbox per job.</summary>
public static class SvgTool
{
    /// <summary>The tool's name in metadata and on the command line.</summary>
    public const string Name = "svg";

    /// <summary>The tool's definition, listed by <see cref="ToolRegistry"/>.</summary>
    public static ToolDefinition Definition { get; } =
        CliTool.Define(Name, tools => tools.Svg, options => new SvgRenderer(options),
            new ToolRequirements { AptPackages = ["librsvg2-bin"], Binaries = ["rsvg-convert"] }.Plus(PdfLayout.Requirements));
}
