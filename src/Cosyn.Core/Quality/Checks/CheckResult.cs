namespace Cosyn.Quality.Checks;

/// <summary>The verdict of one check on one sample: a score in [0, 1] and a reason precise enough to act on.</summary>
/// <param name="Name">The check's name (e.g. <c>text-overlap</c>).</param>
/// <param name="Passed">True when the sample is acceptable on this check.</param>
/// <param name="Score">1 is perfect; the threshold that decides <paramref name="Passed"/> is in <see cref="QualityOptions"/>.</param>
/// <param name="Reason">What was found ("labels '21.8' and '22.4' overlap at (812,140)"), or why the check did not apply.</param>
public sealed record CheckResult(string Name, bool Passed, double Score, string Reason)
{
    /// <summary>A pass with score 1.</summary>
    public static CheckResult Pass(string name, string reason) => new(name, true, 1, reason);

    /// <summary>A failure with the given score.</summary>
    public static CheckResult Fail(string name, double score, string reason) => new(name, false, Math.Round(Math.Clamp(score, 0, 1), 3), reason);
}
