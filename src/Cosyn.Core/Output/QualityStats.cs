namespace Cosyn.Output;

/// <summary>The <c>quality</c> block of stats.json: what the quality gate of <c>generate</c> decided.</summary>
/// <param name="Checked">Samples the gate judged (passed + rejected).</param>
/// <param name="Passed">Samples that passed every check (written, or later dropped as near-duplicates).</param>
/// <param name="Rejected">Samples rejected (failed as <c>quality/&lt;check&gt;</c>, then replaced from the plan when its budget allowed).</param>
/// <param name="PassRate">Passed / checked.</param>
/// <param name="RejectedByCheck">Per check (ordinal order): rejected samples that failed it (one sample may fail several) and up to three example reasons.</param>
/// <param name="Repaired">Written samples whose code was rewritten from the gate's findings (LLM layout repair).</param>
public sealed record QualityStats(int Checked, int Passed, int Rejected, double PassRate, IReadOnlyDictionary<string, CheckRejections> RejectedByCheck, int Repaired);
