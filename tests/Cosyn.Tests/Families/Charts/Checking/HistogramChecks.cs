using static Cosyn.Tests.Testing.Checking.CheckerFormat;

namespace Cosyn.Tests.Families.Charts.Checking;

/// <summary>
/// Histogram answers from the raw observations alone: the bin width comes from a bin label in the question, answer or
/// options ("20–25"), bins sit on multiples of it and hold values from the lower edge up to, not including, the upper.
/// </summary>
internal static class HistogramChecks
{
    public static string? Solve(string csv, string q, string hints)
    {
        var rows = CheckerCsv.Parse(csv);
        var unit = Regex.Match(rows[0][0], @"\((?<u>[^()]*)\)$").Groups["u"].Value;
        var values = rows.Skip(1).Select(r => Num(r[0])).ToList();
        var u = unit.Length == 0 ? string.Empty : " " + unit;
        var bin = $@"(?<a>-?[\d.]+)–(?<b>-?[\d.]+){Regex.Escape(u)}";
        int InBin(decimal a, decimal b) => values.Count(v => v >= a && v < b);
        if (Match(q, @"How many .+ fall in the " + bin + @" bin\?") is { } m1 || (m1 = Match(q, @"What count is shown for the " + bin + @" bin\?")) is not null)
        {
            return Int(InBin(Num(m1.Groups["a"].Value), Num(m1.Groups["b"].Value)));
        }

        if (Match(q, @"What percentage of the .+ fall in the " + bin + @" bin\? Round to one decimal place\.") is { } m2)
        {
            return Round((decimal)InBin(Num(m2.Groups["a"].Value), Num(m2.Groups["b"].Value)) / values.Count * 100, 1);
        }

        if (Match(q, @"Are there more .+ in the " + bin + @" bin than in the (?<c>-?[\d.]+)–(?<d>-?[\d.]+)" + Regex.Escape(u) + @" bin\?") is { } m3)
        {
            return YesNo(InBin(Num(m3.Groups["a"].Value), Num(m3.Groups["b"].Value)) > InBin(Num(m3.Groups["c"].Value), Num(m3.Groups["d"].Value)));
        }

        if (Match(q, @"How many .+ are counted in total\?") is not null || Match(q, @"What is the total number of .+ shown in the histogram\?") is not null)
        {
            return Int(values.Count);
        }

        if (Match(q, @"How many .+ have a .+ below (?<t>-?[\d.]+)" + Regex.Escape(u) + @"\?") is { } m4)
        {
            return Int(values.Count(v => v < Num(m4.Groups["t"].Value)));
        }

        if (Match(q, @"How many .+ have a .+ of at least (?<t>-?[\d.]+)" + Regex.Escape(u) + @"\?") is { } m5)
        {
            return Int(values.Count(v => v >= Num(m5.Groups["t"].Value)));
        }

        if (Match(q, @"Which bin contains the most .+\?") is not null || Match(q, @"What is the most common .+ range in the histogram\?") is not null)
        {
            var label = Regex.Match(hints, @"(?<a>-?[\d.]+)–(?<b>-?[\d.]+)");
            var width = Num(label.Groups["b"].Value) - Num(label.Groups["a"].Value);
            var counts = values.GroupBy(v => Math.Floor(v / width)).ToDictionary(g => g.Key, g => g.Count());
            var best = counts.Where(c => c.Value == counts.Values.Max()).ToList();
            if (best.Count != 1)
            {
                throw new InvalidOperationException("most common bin is tied");
            }

            return $"{Val(best[0].Key * width)}–{Val((best[0].Key + 1) * width)}";
        }

        return null;
    }

    public static string? Summary(string csv, string title, string answer)
    {
        var n = CheckerCsv.Parse(csv).Count - 1;
        var missing = new[] { $"\"{title}\"", $" {Int(n)} " }.Where(w => !answer.Contains(w, StringComparison.Ordinal)).ToList();
        return missing.Count == 0 ? null : $"summary lacks {string.Join(", ", missing)}: {answer}";
    }
}
