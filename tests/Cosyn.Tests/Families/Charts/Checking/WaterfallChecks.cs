using Cosyn.Tests.Families.Tables.Checking;

using static Cosyn.Tests.Testing.Checking.CheckerFormat;

namespace Cosyn.Tests.Families.Charts.Checking;

/// <summary>Waterfall answers: the first row is the opening level, the last the closing level, the rows between signed changes.</summary>
internal static class WaterfallChecks
{
    public static string? Solve(CheckerTable t, string q)
    {
        var v = t.Series[0].Values.Select(x => x!.Value).ToList();
        var names = t.Categories;
        if (v[0] + v.Skip(1).SkipLast(1).Sum() != v[^1])
        {
            throw new InvalidOperationException("the closing level is not the opening level plus the changes");
        }

        var steps = Enumerable.Range(1, v.Count - 2).ToList();
        if ((Match(q, @"What value is shown for (?<c>{C})\?", names) ?? Match(q, @"What is the labelled amount for (?<c>{C})\?", names)) is { } m1)
        {
            return Val(v[t.Index(m1.Groups["c"].Value)]);
        }

        if ((Match(q, @"What is the running total of the .+ after (?<c>{C})\?", names) ?? Match(q, @"What level does the .+ reach after (?<c>{C})\?", names)) is { } m2)
        {
            return Round(v.Take(t.Index(m2.Groups["c"].Value) + 1).Sum(), 2);
        }

        if ((Match(q, @"What is the net change in .+ from (?<a>{C}) to (?<b>{C})\?", names) ?? Match(q, @"By how much does the .+ change overall from (?<a>{C}) to (?<b>{C})\?", names)) is { } m3)
        {
            return Round(v[t.Index(m3.Groups["b"].Value)] - v[t.Index(m3.Groups["a"].Value)], 2);
        }

        if (Match(q, @"By what percentage did the .+ change from (?<a>{C}) to (?<b>{C})\? Round to one decimal place\.", names) is { } m4)
        {
            var (a, b) = (v[t.Index(m4.Groups["a"].Value)], v[t.Index(m4.Groups["b"].Value)]);
            return Round((b - a) / a * 100, 1);
        }

        if (Match(q, @"Which .+ (?:adds the most to the .+|is the largest increase)\?") is not null)
        {
            return names[steps.Where(i => v[i] > 0).MaxBy(i => v[i])];
        }

        if (Match(q, @"Which .+ (?:reduces the .+ the most|is the largest decrease)\?") is not null)
        {
            return names[steps.Where(i => v[i] < 0).MinBy(i => v[i])];
        }

        if (Match(q, @"How many .+ (?:decrease the .+|are decreases)\?") is not null)
        {
            return Int(steps.Count(i => v[i] < 0));
        }

        if (Match(q, @"How many .+ (?:increase the .+|are increases)\?") is not null)
        {
            return Int(steps.Count(i => v[i] > 0));
        }

        if ((Match(q, @"Is the (?<b>{C}) higher than the (?<a>{C})\?", names) ?? Match(q, @"Does the chart end above where it starts, with (?<b>{C}) greater than (?<a>{C})\?", names)) is { } m5)
        {
            return YesNo(v[t.Index(m5.Groups["b"].Value)] > v[t.Index(m5.Groups["a"].Value)]);
        }

        if (Match(q, @"Does (?<c>{C}) increase the .+\?", names) is { } m6)
        {
            return YesNo(v[t.Index(m6.Groups["c"].Value)] > 0);
        }

        if (Match(q, @"Is (?<c>{C}) a decrease in the .+\?", names) is { } m7)
        {
            return YesNo(v[t.Index(m7.Groups["c"].Value)] < 0);
        }

        return null;
    }

    public static string? Summary(CheckerTable t, string title, string answer)
    {
        var v = t.Series[0].Values.Select(x => x!.Value).ToList();
        var net = v[^1] - v[0];
        var words = new[] { $"\"{title}\"", Val(v[0]), Val(v[^1]), (net > 0 ? "+" : string.Empty) + Val(net) };
        var missing = words.Where(w => !answer.Contains(w, StringComparison.Ordinal)).ToList();
        return missing.Count == 0 ? null : $"summary lacks {string.Join(", ", missing)}: {answer}";
    }
}
