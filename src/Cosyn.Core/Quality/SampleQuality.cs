using Cosyn.Quality.Checks;

namespace Cosyn.Quality;

/// <summary>Every check's verdict on one sample; it passes when all checks pass.</summary>
public sealed record SampleQuality(IReadOnlyList<CheckResult> Checks)
{
    public bool Passed => Checks.All(c => c.Passed);

    /// <summary>The failed checks' names.</summary>
    public IEnumerable<string> Failed => Checks.Where(c => !c.Passed).Select(c => c.Name);
}
