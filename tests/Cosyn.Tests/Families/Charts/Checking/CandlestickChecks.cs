using Cosyn.Tests.Families.Tables.Checking;

using static Cosyn.Tests.Testing.Checking.CheckerFormat;

namespace Cosyn.Tests.Families.Charts.Checking;

/// <summary>Candlestick answers from the Open, High, Low and Close columns.</summary>
internal static class CandlestickChecks
{
    public static string? Solve(CheckerTable t, string q)
    {
        var days = t.Categories;
        List<decimal> Col(string name) => [.. t.SeriesNamed(name).Values.Select(x => x!.Value)];
        var (open, high, low, close) = (Col("Open"), Col("High"), Col("Low"), Col("Close"));
        for (var i = 0; i < days.Count; i++)
        {
            if (high[i] < Math.Max(open[i], close[i]) || low[i] > Math.Min(open[i], close[i]))
            {
                throw new InvalidOperationException($"{days[i]}: the high and low do not enclose the open and close");
            }
        }

        if ((Match(q, @"What was the closing .+ on (?<c>{C})\?", days) ?? Match(q, @"At what .+ did trading close on (?<c>{C})\?", days)) is { } m1)
        {
            return Val(close[t.Index(m1.Groups["c"].Value)]);
        }

        if (Match(q, @"On which day was the closing .+ (?<d>highest|lowest)\?") is { } m2 || (m2 = Match(q, @"Which day had the (?<d>highest|lowest) close\?")) is not null)
        {
            var target = m2.Groups["d"].Value == "highest" ? close.Max() : close.Min();
            return close.Count(c => c == target) == 1 ? days[close.IndexOf(target)] : throw new InvalidOperationException("tied close");
        }

        if (Match(q, @"On how many days did the .+ close (?<d>higher|lower) than it opened\?") is { } m3 || (m3 = Match(q, @"How many days closed (?<d>above|below) their opening .+\?")) is not null)
        {
            var up = m3.Groups["d"].Value is "higher" or "above";
            return Int(days.Where((_, i) => up ? close[i] > open[i] : close[i] < open[i]).Count());
        }

        if (Match(q, @"By how much did the closing .+ change from (?<a>{C}) to (?<b>{C})\?", days) is { } m4)
        {
            return Round(close[t.Index(m4.Groups["b"].Value)] - close[t.Index(m4.Groups["a"].Value)], 2);
        }

        if (Match(q, @"By what percentage did the closing .+ change from (?<a>{C}) to (?<b>{C})\? Round to one decimal place\.", days) is { } m5)
        {
            var (a, b) = (close[t.Index(m5.Groups["a"].Value)], close[t.Index(m5.Groups["b"].Value)]);
            return Round((b - a) / a * 100, 1);
        }

        if (Match(q, @"Which day had the widest trading range between high and low\?") is not null || Match(q, @"On which day was the gap between the high and the low largest\?") is not null)
        {
            var ranges = days.Select((_, i) => high[i] - low[i]).ToList();
            var sorted = ranges.OrderDescending().ToList();
            return sorted[0] >= sorted[1] * 1.3m ? days[ranges.IndexOf(sorted[0])] : throw new InvalidOperationException("widest range is not clearly the widest");
        }

        if ((Match(q, @"Did the .+ close higher on (?<a>{C}) than on (?<b>{C})\?", days) ?? Match(q, @"Was the close on (?<a>{C}) above the close on (?<b>{C})\?", days)) is { } m6)
        {
            return YesNo(close[t.Index(m6.Groups["a"].Value)] > close[t.Index(m6.Groups["b"].Value)]);
        }

        return null;
    }

    public static string? Summary(CheckerTable t, string title, string answer)
    {
        var close = t.SeriesNamed("Close").Values.Select(x => x!.Value).ToList();
        var words = new[] { $"\"{title}\"", Val(close[0]), Val(close[^1]), Val(close.Max()), t.Categories[close.IndexOf(close.Max())] };
        var missing = words.Where(w => !answer.Contains(w, StringComparison.Ordinal)).ToList();
        return missing.Count == 0 ? null : $"summary lacks {string.Join(", ", missing)}: {answer}";
    }
}
