using Cosyn.Rendering.CliTools;

namespace Cosyn.Rendering.Lilypond;

/// <summary>LilyPond: a score engraved to PNG in a sandbox per job (Scheme-free scores batched).</summary>
public static class LilypondTool
{
    /// <summary>The tool's name in metadata and on the command line.</summary>
    public const string Name = "lilypond";

    // A single system of music is naturally wide, like a line of text: a titled 4-bar melody is 5.4:1 on A5, within
    // the default 16:1 limit of the line-art policy. gs: LilyPond converts with it, and a shared run converts all
    // its scores in one gs process.
    /// <summary>The tool's definition, listed by <see cref="ToolRegistry"/>.</summary>
    public static ToolDefinition Definition { get; } =
        CliTool.Define(Name, tools => tools.Lilypond, options => new LilypondRenderer(options),
            new ToolRequirements { AptPackages = ["lilypond", "ghostscript"], Binaries = ["lilypond", "gs"] }.Plus(PdfLayout.Requirements));
}
