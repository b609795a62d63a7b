using Cosyn.Catalog;
using Cosyn.Synthesis;
using Cosyn.Synthesis.Procedural;

namespace Cosyn.Families;

/// <summary>
/// A procedural pipeline put together from its family's <see cref="PipelineStages{TPlan, TModel}"/> and one tool's
/// <see cref="ICodeWriter{TModel}"/>, so a tool's pipeline is a declaration (definition, stages, writer), not five overrides.
/// </summary>
public abstract class StagedPipeline<TPlan, TModel>(PipelineDefinition definition, PipelineStages<TPlan, TModel> stages, ICodeWriter<TModel> writer)
    : ModelPipeline<TPlan, TModel>(definition)
    where TPlan : notnull
    where TModel : notnull
{
    private readonly PipelineStages<TPlan, TModel> _stages = stages ?? throw new ArgumentNullException(nameof(stages));
    private readonly ICodeWriter<TModel> _writer = writer ?? throw new ArgumentNullException(nameof(writer));

    protected override ProceduralTopic PlanTopic(SampleTicket ticket, SeededRandom random) => _stages.Plan(ticket, FigureTypes, random);

    protected override TModel BuildModel(TPlan plan, SeededRandom random) => _stages.Build(plan, random);

    protected override string DataText(TModel model) => _stages.Data(model);

    protected override string WriteCode(TModel model, SeededRandom random) => _writer.Write(model, random);

    protected override IReadOnlyList<QaPair> WriteQa(TModel model, SeededRandom random) => _stages.Qa(model, random);
}
