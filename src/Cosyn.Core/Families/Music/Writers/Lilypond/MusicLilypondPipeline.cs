using Cosyn.Catalog;
using Cosyn.Rendering;
using Cosyn.Synthesis;
using Cosyn.Synthesis.Procedural;

namespace Cosyn.Families.Music.Writers.Lilypond;

/// <summary>The procedural <c>music-lilypond</c> pipeline: a persona-titled short tune as JSON, engraved by a Scheme-free LilyPond score.</summary>
public sealed class MusicLilypondPipeline() : ModelPipeline<MusicPlan, MusicSpec>(Definition)
{
    /// <summary>The catalog entry.</summary>
    public static PipelineDefinition Definition { get; } = new("music-lilypond", PipelineFamily.Music, ToolNames.Lilypond, MusicFigureTypes.All, SupportsLlm: true, () => new MusicLilypondPipeline());

    protected override ProceduralTopic PlanTopic(SampleTicket ticket, SeededRandom random) => MusicGenerator.Plan(ticket, FigureTypes, random);

    protected override MusicSpec BuildModel(MusicPlan plan, SeededRandom random) => MusicGenerator.Generate(plan, random);

    protected override string DataText(MusicSpec model) => MusicJson.Write(model);

    protected override string WriteCode(MusicSpec model, SeededRandom random) => LilypondWriter.Write(model, random);

    protected override IReadOnlyList<QaPair> WriteQa(MusicSpec model, SeededRandom random) => MusicQaGenerator.Generate(model, random);
}
