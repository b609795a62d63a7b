using Cosyn.Quality.Checks;

namespace Cosyn.Quality;

/// <summary>Counts over many samples: checked, passed, and per check how many failed (with one example reason).</summary>
public sealed class QualitySummary
{
    private readonly Dictionary<string, (int Failed, string? Example)> _byCheck = QualityChecker.All.ToDictionary(c => c.Name, _ => (0, (string?)null), StringComparer.Ordinal);

    public int Checked { get; private set; }

    public int Passed { get; private set; }

    /// <summary>Per check in report order: samples that failed it and the first reason seen.</summary>
    public IReadOnlyList<(string Check, int Failed, string? Example)> ByCheck =>
        [.. QualityChecker.All.Select(c => (c.Name, _byCheck[c.Name].Failed, _byCheck[c.Name].Example))];

    public void Add(SampleQuality quality)
    {
        ArgumentNullException.ThrowIfNull(quality);
        Checked++;
        Passed += quality.Passed ? 1 : 0;
        foreach (var failed in quality.Checks.Where(c => !c.Passed))
        {
            var (count, example) = _byCheck.GetValueOrDefault(failed.Name);
            _byCheck[failed.Name] = (count + 1, example ?? failed.Reason);
        }
    }
}
