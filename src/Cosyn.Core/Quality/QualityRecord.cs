using System.Text.Json.Serialization;
using Cosyn.Quality.Checks;
using Cosyn.Rendering.Layout;

namespace Cosyn.Quality;

/// <summary>
/// <c>metadata.quality</c> of a sample that passed the gate during <c>generate</c>: every check run with its score,
/// and where the judged text came from; a rejected sample (in run.db and <c>rejected/rejected.jsonl</c>) also lists
/// the checks it failed with their reasons.
/// </summary>
/// <param name="Checks">Check name to score (1 is perfect), in report order.</param>
/// <param name="TextSource">Where the text boxes came from: <c>dom</c>, <c>matplotlib</c> or <c>pdf</c> (measured by the renderer), or <c>ocr</c>.</param>
/// <param name="Failed">The failed checks with their reasons; absent on a sample that passed.</param>
public sealed record QualityRecord(
    IReadOnlyDictionary<string, double> Checks,
    string TextSource,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<CheckResult>? Failed = null)
{
    /// <summary>The record of one gate verdict.</summary>
    public static QualityRecord Of(SampleQuality quality, LayoutFacts? layout)
    {
        ArgumentNullException.ThrowIfNull(quality);
        var checks = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var check in quality.Checks)
        {
            checks[check.Name] = check.Score;
        }

        return new QualityRecord(checks, layout is { Measured: true } ? layout.Source.ToString().ToLowerInvariant() : "ocr", quality.Passed ? null : [.. quality.Checks.Where(c => !c.Passed)]);
    }
}
