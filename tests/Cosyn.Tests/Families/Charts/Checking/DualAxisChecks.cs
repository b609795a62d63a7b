using Cosyn.Tests.Families.Tables.Checking;

using static Cosyn.Tests.Testing.Checking.CheckerFormat;

namespace Cosyn.Tests.Families.Charts.Checking;

/// <summary>Dual-axis answers: the two value columns are separate measures; a question names one of them by its header.</summary>
internal static class DualAxisChecks
{
    public static string? Solve(CheckerTable t, string q)
    {
        var periods = t.Categories;
        var m = @"(?<m>" + CheckerTable.Alternation(t.Columns.SelectMany(c => new[] { c.Name, char.ToLowerInvariant(c.Name[0]) + c.Name[1..] })) + ")";
        List<decimal> Col(string measure) => [.. t.ColumnFor(measure).Values.Select(x => x!.Value)];
        if ((Match(q, @"What was the " + m + @" in (?<c>{C})\?", periods) ?? Match(q, @"According to the chart, what was the " + m + @" in (?<c>{C})\?", periods)) is { } m1)
        {
            return Val(Col(m1.Groups["m"].Value)[t.Index(m1.Groups["c"].Value)]);
        }

        if ((Match(q, @"In which .+? was the " + m + @" (?<d>highest|lowest)\?") ?? Match(q, @"Which .+? recorded the (?<d>highest|lowest) " + m + @"\?")) is { } m2)
        {
            var values = Col(m2.Groups["m"].Value);
            var target = m2.Groups["d"].Value == "highest" ? values.Max() : values.Min();
            return values.Count(v => v == target) == 1 ? periods[values.IndexOf(target)] : throw new InvalidOperationException("tied extreme");
        }

        if (Match(q, @"What is the difference in " + m + @" between (?<a>{C}) and (?<b>{C})\?", periods) is { } m3)
        {
            var values = Col(m3.Groups["m"].Value);
            return Round(Math.Abs(values[t.Index(m3.Groups["a"].Value)] - values[t.Index(m3.Groups["b"].Value)]), 2);
        }

        if (Match(q, @"By what percentage did the " + m + @" change from (?<a>{C}) to (?<b>{C})\? Round to one decimal place\.", periods) is { } m4)
        {
            var values = Col(m4.Groups["m"].Value);
            var (a, b) = (values[t.Index(m4.Groups["a"].Value)], values[t.Index(m4.Groups["b"].Value)]);
            return Round((b - a) / a * 100, 1);
        }

        if ((Match(q, @"Was the " + m + @" higher in (?<a>{C}) than in (?<b>{C})\?", periods) ?? Match(q, @"Did (?<a>{C}) have a higher " + m + @" than (?<b>{C})\?", periods)) is { } m5)
        {
            var values = Col(m5.Groups["m"].Value);
            return YesNo(values[t.Index(m5.Groups["a"].Value)] > values[t.Index(m5.Groups["b"].Value)]);
        }

        // The second value column is the line on the right-hand axis.
        if (Match(q, @"Which measure is plotted against the right-hand axis\?") is not null || Match(q, @"What does the right-hand y-axis show\?") is not null)
        {
            return t.Columns[1].Name;
        }

        if (Match(q, @"In what unit is the right-hand axis measured\?") is not null)
        {
            return t.Columns[1].Unit;
        }

        return null;
    }

    public static string? Summary(CheckerTable t, string title, string answer)
    {
        var words = new List<string> { $"\"{title}\"" };
        foreach (var column in t.Columns)
        {
            var values = column.Values.Select(x => x!.Value).ToList();
            words.Add($"{Val(values.Max())} in {t.Categories[values.IndexOf(values.Max())]}");
        }

        var missing = words.Where(w => !answer.Contains(w, StringComparison.Ordinal)).ToList();
        return missing.Count == 0 ? null : $"summary lacks {string.Join(", ", missing)}: {answer}";
    }
}
