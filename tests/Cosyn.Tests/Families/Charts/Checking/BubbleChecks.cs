using Cosyn.Tests.Families.Tables.Checking;

using static Cosyn.Tests.Testing.Checking.CheckerFormat;

namespace Cosyn.Tests.Families.Charts.Checking;

/// <summary>Bubble-size answers from the last CSV column (the size measure); other bubble questions are scatter questions.</summary>
internal static class BubbleChecks
{
    public static string? Solve(CheckerTable t, string q)
    {
        var size = t.Columns[^1];
        var names = t.Categories;
        var sm = "(?:" + System.Text.RegularExpressions.Regex.Escape(size.Name) + "|" + System.Text.RegularExpressions.Regex.Escape(char.ToLowerInvariant(size.Name[0]) + size.Name[1..]) + ")";
        var v = size.Values.Select(x => x!.Value).ToList();
        if ((Match(q, @"What is the " + sm + @" of (?<c>{C})\?", names) ?? Match(q, @"According to the bubble labels, what is the " + sm + @" for (?<c>{C})\?", names)) is { } m1)
        {
            return Val(v[t.Index(m1.Groups["c"].Value)]);
        }

        if (Match(q, @"Which .+ has the (?:largest bubble|greatest " + sm + @")\?") is not null)
        {
            return names[v.IndexOf(v.Max())];
        }

        if (Match(q, @"Which .+ has the (?:smallest bubble|lowest " + sm + @")\?") is not null)
        {
            return names[v.IndexOf(v.Min())];
        }

        if ((Match(q, @"What is the difference in " + sm + @" between (?<a>{C}) and (?<b>{C})\?", names) ?? Match(q, @"How far apart are (?<a>{C}) and (?<b>{C}) in " + sm + @"\?", names)) is { } m2)
        {
            return Round(Math.Abs(v[t.Index(m2.Groups["a"].Value)] - v[t.Index(m2.Groups["b"].Value)]), 2);
        }

        return null;
    }
}
