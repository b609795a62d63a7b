using static Cosyn.Tests.Testing.Checking.CheckerFormat;

namespace Cosyn.Tests.Families.Charts.Checking;

/// <summary>Box-plot answers from the long-form observations: quartiles by linear interpolation (what the boxes draw).</summary>
internal static class BoxChecks
{
    public static string? Solve(string csv, string q)
    {
        var groups = Groups(csv);
        var names = groups.Keys.ToList();
        decimal Med(string g) => Quantile(groups[g], 0.5m);
        decimal Q1(string g) => Quantile(groups[g], 0.25m);
        decimal Q3(string g) => Quantile(groups[g], 0.75m);
        if ((Match(q, @"What is the median .+ for (?<c>{C})\?", names) ?? Match(q, @"What median .+ is marked for (?<c>{C})\?", names)) is { } m1)
        {
            return Val(Med(m1.Groups["c"].Value));
        }

        if (Match(q, @"What is the lower quartile \(Q1\) of the .+ for (?<c>{C})\?", names) is { } m2)
        {
            return Val(Q1(m2.Groups["c"].Value));
        }

        if (Match(q, @"What is the upper quartile \(Q3\) of the .+ for (?<c>{C})\?", names) is { } m3)
        {
            return Val(Q3(m3.Groups["c"].Value));
        }

        if ((Match(q, @"What is the interquartile range of the .+ for (?<c>{C})\?", names) ?? Match(q, @"How wide is the box \(Q3 minus Q1\) for (?<c>{C})\?", names)) is { } m4)
        {
            return Round(Q3(m4.Groups["c"].Value) - Q1(m4.Groups["c"].Value), 2);
        }

        if (Match(q, @"What is the difference between the median .+ of (?<a>{C}) and (?<b>{C})\?", names) is { } m5)
        {
            return Round(Math.Abs(Med(m5.Groups["a"].Value) - Med(m5.Groups["b"].Value)), 2);
        }

        if ((Match(q, @"Is the median .+ for (?<a>{C}) higher than for (?<b>{C})\?", names) ?? Match(q, @"Does (?<a>{C}) have a higher median .+ than (?<b>{C})\?", names)) is { } m6)
        {
            return YesNo(Med(m6.Groups["a"].Value) > Med(m6.Groups["b"].Value));
        }

        if (Match(q, @"Which .+ has the (?<d>highest|lowest) median .+\?") is { } m7)
        {
            return Unique(names, Med, m7.Groups["d"].Value == "highest");
        }

        if (Match(q, @"Which .+ has the widest interquartile range\?") is not null || Match(q, @"Which .+ has the tallest box\?") is not null)
        {
            return Unique(names, g => Q3(g) - Q1(g), max: true);
        }

        return null;
    }

    public static string? Summary(string csv, string title, string answer)
    {
        var groups = Groups(csv);
        var top = groups.MaxBy(g => Quantile(g.Value, 0.5m));
        var words = new[] { $"\"{title}\"", top.Key, Val(Quantile(top.Value, 0.5m)) };
        var missing = words.Where(w => !answer.Contains(w, StringComparison.Ordinal)).ToList();
        return missing.Count == 0 ? null : $"summary lacks {string.Join(", ", missing)}: {answer}";
    }

    private static Dictionary<string, List<decimal>> Groups(string csv) =>
        CheckerCsv.Parse(csv).Skip(1).GroupBy(r => r[0]).ToDictionary(g => g.Key, g => g.Select(r => Num(r[1])).ToList());

    private static string Unique(List<string> names, Func<string, decimal> value, bool max)
    {
        var target = max ? names.Max(value) : names.Min(value);
        var hits = names.Where(n => value(n) == target).ToList();
        return hits.Count == 1 ? hits[0] : throw new InvalidOperationException("tied extreme");
    }
}
