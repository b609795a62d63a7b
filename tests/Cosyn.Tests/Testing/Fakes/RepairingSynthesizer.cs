using Cosyn.Quality.Checks;
using Cosyn.Rendering;
using Cosyn.Synthesis;

namespace Cosyn.Tests.Testing.Fakes;

/// <summary>A <see cref="FakeSynthesizer"/> that is also a layout repairer: it appends " relaid" to the code and records the findings it was given.</summary>
internal sealed class RepairingSynthesizer(FakeSynthesizer inner) : ISynthesizer, ILayoutRepairer
{
    public System.Collections.Concurrent.ConcurrentBag<(string Id, IReadOnlyList<CheckResult> Findings)> Requests { get; } = [];

    public string Name => inner.Name;

    public bool CanRepairCode => inner.CanRepairCode;

    public bool Supports(string pipeline) => inner.Supports(pipeline);

    public ValueTask<StageFailure?> TopicAsync(SampleDraft draft, CancellationToken cancellationToken) => inner.TopicAsync(draft, cancellationToken);

    public ValueTask<StageFailure?> DataAsync(SampleDraft draft, CancellationToken cancellationToken) => inner.DataAsync(draft, cancellationToken);

    public ValueTask<StageFailure?> CodeAsync(SampleDraft draft, RenderFailure? previousFailure, CancellationToken cancellationToken) => inner.CodeAsync(draft, previousFailure, cancellationToken);

    public ValueTask<StageFailure?> QaAsync(SampleDraft draft, CancellationToken cancellationToken) => inner.QaAsync(draft, cancellationToken);

    /// <summary>Finds nothing after a render: only the quality gate's findings reach this fake.</summary>
    public Task<IReadOnlyList<CheckResult>> FindLayoutProblemsAsync(SampleDraft draft, RenderResult render, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<CheckResult>>([]);

    public ValueTask<StageFailure?> RepairLayoutAsync(SampleDraft draft, IReadOnlyList<CheckResult> findings, CancellationToken cancellationToken)
    {
        Requests.Add((draft.Ticket.Id, findings));
        draft.Code += " relaid";
        return ValueTask.FromResult<StageFailure?>(null);
    }
}
