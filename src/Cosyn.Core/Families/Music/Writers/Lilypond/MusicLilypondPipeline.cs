using Cosyn.Catalog;
using Cosyn.Rendering;
using Cosyn.Synthesis.Procedural;

namespace Cosyn.Families.Music.Writers.Lilypond;

/// <summary>The procedural <c>music-lilypond</c> pipeline: a persona-titled short tune as JSON, engraved by a Scheme-free LilyPond score.</summary>
public sealed class MusicLilypondPipeline() : StagedPipeline<MusicPlan, MusicSpec>(Definition, Stages, new LilypondWriter())
{
    private static readonly PipelineStages<MusicPlan, MusicSpec> Stages =
        new(MusicGenerator.Plan, MusicGenerator.Generate, MusicJson.Write, MusicQaGenerator.Generate);

    /// <summary>The catalog entry.</summary>
    public static PipelineDefinition Definition { get; } = new("music-lilypond", PipelineFamily.Music, ToolNames.Lilypond, MusicFigureTypes.All, SupportsLlm: true, () => new MusicLilypondPipeline());
}
