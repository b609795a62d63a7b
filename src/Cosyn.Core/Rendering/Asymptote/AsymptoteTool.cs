using Cosyn.Rendering.CliTools;
using Cosyn.Rendering.Images;

namespace Cosyn.Rendering.Asymptote;

/// <summary>Asymptote: asy -safe to PDF in a sandbox per job, rasterised by pdftoppm.</summary>
public static class AsymptoteTool
{
    /// <summary>The tool's name in metadata and on the command line.</summary>
    public const string Name = "asymptote";

    /// <summary>The tool's definition, listed by <see cref="ToolRegistry"/>.</summary>
    public static ToolDefinition Definition { get; } = new()
    {
        Name = Name,
        CreateRenderer = settings => new AsymptoteRenderer(settings.CliTools.Asymptote),
        Sandbox = settings => settings.CliTools.Asymptote.Sandbox,
        ImagePolicy = ImagePolicy.LineArt,
        Requirements = new ToolRequirements { AptPackages = ["asymptote"], Binaries = ["asy"] }.Plus(PdfRasterizer.Requirements),
    };
}
