using Cosyn.Quality.Checks;

namespace Cosyn.Synthesis;

/// <summary>
/// A synthesizer that can rewrite a sample's code to fix what the quality gate found (the LLM path: the findings go
/// back to the code model). The engine asks it before rejecting a sample, within the run's repair attempts; then it
/// renders the new code, remakes the QA pairs from it and checks again. Synthesizers without it are never asked
/// (the procedural one fixes its writers instead), and a failing sample is replaced from the plan.
/// </summary>
public interface ILayoutRepairer
{
    /// <summary>
    /// Rewrites <see cref="SampleDraft.Code"/> so that <paramref name="findings"/> (the failed checks, each with a
    /// reason precise enough to act on, e.g. "labels '21.8' and '22.4' overlap at (812,140)") no longer hold.
    /// </summary>
    /// <remarks>The findings are every failed check, QA checks (<c>qa-*</c>) included: decline those the code cannot fix.</remarks>
    /// <returns>True when the draft holds new code to render; false to give up (the sample is rejected with the findings).</returns>
    ValueTask<bool> RepairLayoutAsync(SampleDraft draft, IReadOnlyList<CheckResult> findings, CancellationToken cancellationToken);
}
