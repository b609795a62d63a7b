using Cosyn.Quality.Checks;
using Cosyn.Rendering;

namespace Cosyn.Synthesis;

/// <summary>
/// A synthesizer that can fix a render's layout (overlapping, clipped, missing or tiny text) from the measured
/// findings, not only a crash. The engine asks it twice over: after each successful render (its own
/// <see cref="FindLayoutProblemsAsync"/> findings) and when the quality gate rejects a sample (the gate's failed
/// image checks), each within the run's repair attempts. Synthesizers without it are never asked (the procedural one
/// fixes its writers instead), and a failing sample is replaced from the plan.
/// </summary>
public interface ILayoutRepairer
{
    /// <summary>The layout problems of <paramref name="render"/> worth a repair; empty when the layout is fine or was not measured.</summary>
    Task<IReadOnlyList<CheckResult>> FindLayoutProblemsAsync(SampleDraft draft, RenderResult render, CancellationToken cancellationToken);

    /// <summary>Rewrites <see cref="SampleDraft.Code"/> so the next render no longer shows <paramref name="findings"/>.</summary>
    ValueTask<StageFailure?> RepairLayoutAsync(SampleDraft draft, IReadOnlyList<CheckResult> findings, CancellationToken cancellationToken);
}
