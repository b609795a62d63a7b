using Cosyn.Tests.Families.Tables.Checking;

namespace Cosyn.Tests.Testing.Checking;

/// <summary>The checker's own answer formatting and question matching, shared by the extended figure-type checks.</summary>
internal static class CheckerFormat
{
    public static string Val(decimal v) => v.ToString("0.###", CultureInfo.InvariantCulture);

    public static string Int(int n) => n.ToString(CultureInfo.InvariantCulture);

    public static string Round(decimal v, int places)
    {
        var text = Math.Round(v, places, MidpointRounding.AwayFromZero).ToString("0." + new string('#', places), CultureInfo.InvariantCulture);
        return text == "-0" ? "0" : text;
    }

    public static string YesNo(bool yes) => yes ? "Yes" : "No";

    public static decimal Num(string text) => decimal.Parse(text, CultureInfo.InvariantCulture);

    /// <summary>Matches the whole question against <paramref name="pattern"/>; {C} stands for any of <paramref name="names"/>.</summary>
    public static Match? Match(string question, string pattern, IEnumerable<string>? names = null)
    {
        var full = "^" + pattern.Replace("{C}", CheckerTable.Alternation(names ?? []), StringComparison.Ordinal) + "$";
        var m = Regex.Match(question, full);
        return m.Success ? m : null;
    }

    /// <summary>Type-7 (linear interpolation) quantile, the textbook definition, computed independently of production code.</summary>
    public static decimal Quantile(IReadOnlyList<decimal> values, decimal p)
    {
        var sorted = values.Order().ToArray();
        var h = (sorted.Length - 1) * p;
        var lo = (int)Math.Floor(h);
        var hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + ((h - lo) * (sorted[hi] - sorted[lo]));
    }
}
