using Cosyn.Rendering.CliTools;

namespace Cosyn.Rendering.Asymptote;

/// <summary>Asymptote: asy -safe to PDF in a sandbox per job, rasterised by pdftoppm.</summary>
public static class AsymptoteTool
{
    /// <summary>The tool's name in metadata and on the command line.</summary>
    public const string Name = "asymptote";

    /// <summary>The tool's definition, listed by <see cref="ToolRegistry"/>.</summary>
    public static ToolDefinition Definition { get; } =
        CliTool.Define(Name, tools => tools.Asymptote, options => new AsymptoteRenderer(options),
            new ToolRequirements { AptPackages = ["asymptote"], Binaries = ["asy"] }.Plus(PdfRasterizer.Requirements));
}
