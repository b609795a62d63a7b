using Cosyn.Rendering.CliTools;
using Cosyn.Rendering.Images;

namespace Cosyn.Rendering.Lilypond;

/// <summary>LilyPond: a score engraved to PNG in a sandbox per job (Scheme-free scores batched).</summary>
public static class LilypondTool
{
    /// <summary>The tool's name in metadata and on the command line.</summary>
    public const string Name = "lilypond";

    /// <summary>The tool's definition, listed by <see cref="ToolRegistry"/>.</summary>
    public static ToolDefinition Definition { get; } = new()
    {
        Name = Name,
        CreateRenderer = settings => new LilypondRenderer(settings.CliTools.Lilypond),
        Sandbox = settings => settings.CliTools.Lilypond.Sandbox,
        // A single system of music is naturally wide, like a line of text: a titled 4-bar melody is 5.4:1 on A5, within the default 16:1 limit.
        ImagePolicy = ImagePolicy.LineArt,
        // gs: LilyPond converts with it, and a shared run converts all its scores in one gs process.
        Requirements = new ToolRequirements { AptPackages = ["lilypond", "ghostscript"], Binaries = ["lilypond", "gs"] }.Plus(PdfLayout.Requirements),
    };
}
