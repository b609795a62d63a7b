using Cosyn.Rendering;

namespace Cosyn.Synthesis.Procedural;

/// <summary>
/// The offline synthesizer: routes each stage to the pipeline's <see cref="IProceduralPipeline"/>, handing it a
/// random generator derived from the sample seed and the stage name, so every stage is reproducible on its own.
/// </summary>
public sealed class ProceduralSynthesizer : ISynthesizer
{
    private readonly Dictionary<string, IProceduralPipeline> _pipelines;

    public ProceduralSynthesizer(IEnumerable<IProceduralPipeline> pipelines)
    {
        ArgumentNullException.ThrowIfNull(pipelines);
        _pipelines = pipelines.ToDictionary(p => p.Name, StringComparer.Ordinal);
    }

    /// <summary>A synthesizer over every built-in procedural pipeline.</summary>
    public static ProceduralSynthesizer CreateDefault() => new(ProceduralPipelines.All);

    public string Name => "procedural";

    public bool CanRepairCode => false;

    public bool Supports(string pipeline) => _pipelines.ContainsKey(pipeline);

    public ValueTask<StageFailure?> TopicAsync(SampleDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var topic = PipelineFor(draft).CreateTopic(draft.Ticket, RandomFor(draft, "topic"));
        draft.FigureType = topic.FigureType;
        draft.Topic = topic.Topic;
        draft.State = new ProceduralState(topic, null);
        return Ok;
    }

    public ValueTask<StageFailure?> DataAsync(SampleDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var state = StateOf(draft);
        var data = PipelineFor(draft).CreateData(draft.Ticket, state.Topic, RandomFor(draft, "data"));
        draft.Data = data.Text;
        draft.State = state with { Data = data };
        return Ok;
    }

    public ValueTask<StageFailure?> CodeAsync(SampleDraft draft, RenderFailure? previousFailure, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var state = StateOf(draft);
        draft.Code = PipelineFor(draft).WriteCode(draft.Ticket, state.Topic, state.Data!, RandomFor(draft, "code"));
        return Ok;
    }

    public ValueTask<StageFailure?> QaAsync(SampleDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var state = StateOf(draft);
        if (PipelineFor(draft) is IPointingPipeline pointing)
        {
            return PointAsync(draft, pointing, state);
        }

        var qa = PipelineFor(draft).WriteQa(draft.Ticket, state.Topic, state.Data!, RandomFor(draft, "qa"));
        draft.QaPairs = qa;
        return qa.Count == 0
            ? ValueTask.FromResult<StageFailure?>(new StageFailure(StageName.Qa, "no-questions", "the generator produced no QA pairs"))
            : Ok;
    }

    /// <summary>CoSyn-point rows carry <c>questions</c> and <c>answer_points</c> and an empty <c>qa_pairs</c>.</summary>
    private static ValueTask<StageFailure?> PointAsync(SampleDraft draft, IPointingPipeline pointing, ProceduralState state)
    {
        if (draft.Targets is null)
        {
            return ValueTask.FromResult<StageFailure?>(new StageFailure(StageName.Qa, "no-targets", "the render measured no pointing targets"));
        }

        var set = pointing.WritePoints(draft.Ticket, state.Topic, state.Data!, draft.Targets, RandomFor(draft, "qa"));
        draft.Pointing = set;
        draft.QaPairs = [];
        return set.Questions.Count == 0
            ? ValueTask.FromResult<StageFailure?>(new StageFailure(StageName.Qa, "no-questions", "no pointing target was visible in the image"))
            : Ok;
    }

    private static ValueTask<StageFailure?> Ok => ValueTask.FromResult<StageFailure?>(null);

    private static SeededRandom RandomFor(SampleDraft draft, string stage) => SeededRandom.For(draft.Ticket.Seed, stage);

    private static ProceduralState StateOf(SampleDraft draft) =>
        draft.State as ProceduralState ?? throw new InvalidOperationException($"{draft.Ticket.Id}: stage run out of order");

    private IProceduralPipeline PipelineFor(SampleDraft draft) =>
        _pipelines.TryGetValue(draft.Ticket.Pipeline.Name, out var pipeline)
            ? pipeline
            : throw new InvalidOperationException($"no procedural generator for {draft.Ticket.Pipeline.Name}");

    private sealed record ProceduralState(ProceduralTopic Topic, ProceduralData? Data);
}
