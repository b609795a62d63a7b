using Cosyn.Catalog;
using Cosyn.Rendering;

namespace Cosyn.Families.Music.Writers.Lilypond;

/// <summary>The procedural <c>music-lilypond</c> pipeline: a persona-titled short tune as JSON, engraved by a Scheme-free LilyPond score.</summary>
public sealed class MusicLilypondPipeline() : StagedPipeline<MusicPlan, MusicSpec>(Definition, MusicStages.Create(), new LilypondWriter())
{
    /// <summary>The catalog entry.</summary>
    public static PipelineDefinition Definition { get; } = new("music-lilypond", PipelineFamily.Music, ToolNames.Lilypond, MusicFigureTypes.All, SupportsLlm: true, () => new MusicLilypondPipeline());
}
