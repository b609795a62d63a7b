using Cosyn.Families.Charts.Qa;
using Cosyn.Families.Documents.Builders;

using static Cosyn.Families.Documents.Qa.DocumentQuestion;

namespace Cosyn.Families.Documents.Qa;

/// <summary>Lab report reasoning: results against their reference ranges (count outside, within or not, how far above the upper limit).</summary>
internal static class LabQuestions
{
    public static IEnumerable<ChartQuestion> Make(DocumentSpec spec)
    {
        if (spec.Kind != DocumentKinds.LabReport)
        {
            yield break;
        }

        var table = spec.Tables[0];
        var outside = new List<string>();
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var name = table.RowName(r);
            var value = table.Number(r, LabReportBuilder.Result)!.Value;
            var range = table.Text(r, LabReportBuilder.Range)!;
            var (low, high) = Range(range);
            var within = value >= low && value <= high;
            if (!within)
            {
                outside.Add($"{name} ({N(value)})");
            }

            yield return YesNo("yn-range", $"Is the {name} result within its reference range?",
                $"{name} is {N(value)} against a reference range of {range}, so it is {(within ? "within" : value > high ? "above" : "below")} the range.", within);
            if (value > high)
            {
                yield return Number("calc-above", $"By how much does the {name} result exceed the upper limit of its reference range?",
                    $"{N(value)} - {N(high)} = {N(value - high)}.", value - high, 3);
            }
        }

        yield return Number("calc-outside", "How many results fall outside their reference range?",
            outside.Count == 0 ? "Every result lies within its reference range: 0." : $"Outside their ranges: {string.Join(", ", outside)}; that is {DocumentFormat.Whole(outside.Count)}.", outside.Count, 0);
    }

    private static (decimal Low, decimal High) Range(string text)
    {
        var parts = text.Split('–');
        return (decimal.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture), decimal.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture));
    }
}
