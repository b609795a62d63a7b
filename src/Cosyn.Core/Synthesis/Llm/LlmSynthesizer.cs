using Cosyn.Catalog;
using Cosyn.Quality.Checks;
using Cosyn.Rendering;
using Cosyn.Synthesis.Llm.Layout;
using Cosyn.Synthesis.Llm.Parsing;
using Cosyn.Synthesis.Llm.Pointing;
using Cosyn.Synthesis.Llm.Prompting;

namespace Cosyn.Synthesis.Llm;

/// <summary>
/// The paper's method: a text-only LLM writes the topic, the data, the code (repaired from the renderer's error when
/// it fails) and the QA, which sees the code and data only. Messages come from <see cref="StagePromptBuilder"/>;
/// each stage uses its own client from <see cref="LlmStageClients"/>. A render whose measured text overlaps, is clipped,
/// lacks glyphs or is too small goes back to the code model with those findings (<see cref="ILayoutRepairer"/>), and so
/// does a pointing page whose marks are missing, repeated or hidden. A pointing pipeline's QA stage writes questions
/// naming marks, answered with the measured boxes (<see cref="PointStage"/>).
/// </summary>
public sealed class LlmSynthesizer : ISynthesizer, ILayoutRepairer
{
    private readonly LayoutReview _layout = new();
    private readonly LlmStageClients _clients;
    private readonly StagePromptBuilder _prompts;
    private readonly StageCaller _caller;
    private readonly Verification.AnswerVerifier? _verifier;
    private readonly PointStage _points;

    public LlmSynthesizer(LlmStageClients clients, LlmSynthesizerOptions? options = null, PromptLibrary? library = null)
    {
        ArgumentNullException.ThrowIfNull(clients);
        options ??= new LlmSynthesizerOptions();
        _clients = clients;
        _prompts = new StagePromptBuilder(library ?? PromptLibrary.Default, options.TopicCount);
        _caller = new StageCaller(_prompts, options);
        _verifier = options.Verify ? new Verification.AnswerVerifier(_prompts, _caller, options.VerifyTolerance) : null;
        _points = new PointStage(_prompts, _caller);
    }

    public string Name => "llm";

    public bool CanRepairCode => true;

    /// <summary>Every catalog pipeline the prompt library covers.</summary>
    public bool Supports(string pipeline) => Covers(_prompts.Library, pipeline);

    /// <summary>The stage clients, so other model calls of the run (routing a query) share its middleware.</summary>
    public LlmStageClients Clients => _clients;

    /// <summary>Whether the embedded prompts cover <paramref name="pipeline"/> (what <see cref="Supports"/> answers by default).</summary>
    public static bool SupportsPipeline(string pipeline) => Covers(PromptLibrary.Default, pipeline);

    private static bool Covers(PromptLibrary library, string pipeline) =>
        PipelineCatalog.Find(pipeline) is { } descriptor && descriptor.Name == pipeline && library.Covers(descriptor.Name, descriptor.Tool);

    public async ValueTask<StageFailure?> TopicAsync(SampleDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var ticket = draft.Ticket;
        var figureType = FigureTypeChoice.Choose(ticket);
        var result = await _caller.CallAsync(_clients.Topic, _prompts.Topic(ticket, figureType), TopicReply.Parse, StageName.Topic, ticket.Seed, cancellationToken).ConfigureAwait(false);
        if (result.Failure is not null)
        {
            return result.Failure;
        }

        draft.FigureType = figureType;
        draft.Topic = SeededRandom.For(ticket.Seed, "llm-topic-pick").Pick(result.Value!);
        return null;
    }

    public async ValueTask<StageFailure?> DataAsync(SampleDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var (ticket, figureType, topic) = Context(draft);
        var prompt = _prompts.Data(ticket, figureType, topic);
        var form = _prompts.Library.Pipelines[ticket.Pipeline.Name].DataFormFor(figureType);
        var result = await _caller.CallAsync(_clients.Data, prompt, text => DataReply.Parse(text, form), StageName.Data, ticket.Seed, cancellationToken).ConfigureAwait(false);
        draft.Data = result.Value;
        return result.Failure;
    }

    public async ValueTask<StageFailure?> CodeAsync(SampleDraft draft, RenderFailure? previousFailure, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var (ticket, figureType, topic) = Context(draft);
        var prompt = previousFailure is null || draft.Code is null
            ? _prompts.Code(ticket, figureType, topic, Require(draft.Data, ticket))
            : _prompts.Repair(ticket, figureType, topic, draft.Code, previousFailure);
        var fence = _prompts.Library.Tools[ticket.Pipeline.Tool].Fence;
        var result = await _caller.CallAsync(_clients.Code, prompt, text => CodeReply.Parse(text, fence), StageName.Code, ticket.Seed, cancellationToken).ConfigureAwait(false);
        if (result.Value is not null)
        {
            draft.Code = result.Value;
        }

        return result.Failure;
    }

    public async Task<IReadOnlyList<CheckResult>> FindLayoutProblemsAsync(SampleDraft draft, RenderResult render, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(render);
        var found = await _layout.FindAsync(draft, render, cancellationToken).ConfigureAwait(false);
        return PointMarks.IsPointing(draft.Ticket.Pipeline) && render.Png is not null && draft.Code is { } code
            ? [.. found, .. PointTargetReview.Find(code, render.Targets)]
            : found;
    }

    public async ValueTask<StageFailure?> RepairLayoutAsync(SampleDraft draft, IReadOnlyList<CheckResult> findings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(findings);
        var (ticket, figureType, topic) = Context(draft);
        var prompt = _prompts.LayoutRepair(ticket, figureType, topic, Require(draft.Code, ticket), [.. findings.Select(f => $"{f.Name}: {f.Reason}")]);
        var fence = _prompts.Library.Tools[ticket.Pipeline.Tool].Fence;
        var result = await _caller.CallAsync(_clients.Code, prompt, text => CodeReply.Parse(text, fence), StageName.Code, ticket.Seed, cancellationToken).ConfigureAwait(false);
        if (result.Value is not null)
        {
            draft.Code = result.Value;
        }

        return result.Failure;
    }

    public async ValueTask<StageFailure?> QaAsync(SampleDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var (ticket, figureType, topic) = Context(draft);
        if (PointMarks.IsPointing(ticket.Pipeline))
        {
            return await _points.RunAsync(_clients.Qa, draft, figureType, topic, Require(draft.Data, ticket), Require(draft.Code, ticket), cancellationToken).ConfigureAwait(false);
        }

        var prompt = _prompts.Qa(ticket, figureType, topic, Require(draft.Data, ticket), Require(draft.Code, ticket));
        var unanswerable = _prompts.UnanswerableAnswer(ticket);
        var result = await _caller.CallAsync(_clients.Qa, prompt, text => QaReply.Parse(text, unanswerable), StageName.Qa, ticket.Seed, cancellationToken).ConfigureAwait(false);
        draft.QaPairs = result.Value;
        if (result.Failure is not null || _verifier is null)
        {
            return result.Failure;
        }

        var (kept, counts, failure) = await _verifier.VerifyAsync(_clients.VerifyClient, draft, figureType, result.Value!, cancellationToken).ConfigureAwait(false);
        draft.QaPairs = kept;
        draft.Verification = counts;
        return failure;
    }

    private static (SampleTicket Ticket, string FigureType, string Topic) Context(SampleDraft draft) =>
        (draft.Ticket, Require(draft.FigureType, draft.Ticket), Require(draft.Topic, draft.Ticket));

    private static string Require(string? value, SampleTicket ticket) =>
        value ?? throw new InvalidOperationException($"{ticket.Id}: stage run out of order");
}
