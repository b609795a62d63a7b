namespace Cosyn.Quality.Checks;

/// <summary>
/// A chart whose data has several numeric series (CSV columns after the first) shows a legend: at least half of the
/// series names are visible. Other samples are not judged.
/// </summary>
public sealed class LegendCheck : IQualityCheck
{
    public const string CheckName = "legend";

    public string Name => CheckName;

    public async Task<CheckResult> RunAsync(CheckContext context, QualityOptions options)
    {
        ArgumentNullException.ThrowIfNull(context);
        var series = context.Sample.Metadata.Pipeline.StartsWith("chart-", StringComparison.Ordinal) ? Series(context.Sample.Data) : [];
        if (series.Count < 2)
        {
            return CheckResult.Pass(Name, "not judged: fewer than two series in the data");
        }

        var (text, source) = await context.VisibleTextAsync().ConfigureAwait(false);
        var result = Visibility.Judge(Name, series, text, source == "ocr" ? "OCR" : "the layout", 0.5);
        return result.Passed ? result : result with { Reason = $"{series.Count} series but no legend: " + result.Reason };
    }

    /// <summary>Names of the CSV columns after the first whose values are all numbers.</summary>
    public static IReadOnlyList<string> Series(string data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var lines = data.Trim().Split('\n').Select(l => l.TrimEnd('\r').Split(',')).ToList();
        if (lines.Count < 2 || lines[0].Length < 3 || lines.Any(l => l.Length != lines[0].Length))
        {
            return [];
        }

        return [.. Enumerable.Range(1, lines[0].Length - 1)
            .Where(c => lines.Skip(1).All(l => double.TryParse(l[c], NumberStyles.Float, CultureInfo.InvariantCulture, out _)))
            .Select(c => lines[0][c].Trim().Trim('"'))
            .Where(ExpectedStrings.IsLabelLike)];
    }
}
