namespace Cosyn.Quality.Checks;

/// <summary>One quality check: a name and a verdict on a sample.</summary>
public interface IQualityCheck
{
    /// <summary>Kebab-case name used in quality.jsonl, stats.json and the README.</summary>
    string Name { get; }

    Task<CheckResult> RunAsync(CheckContext context, QualityOptions options);
}
