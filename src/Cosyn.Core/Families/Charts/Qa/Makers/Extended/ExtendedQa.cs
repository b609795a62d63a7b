using Cosyn.Families.Shared.Qa;

namespace Cosyn.Families.Charts.Qa.Makers.Extended;

/// <summary>Small helpers the extended figure types' question makers share.</summary>
internal static class ExtendedQa
{
    /// <summary>Up to three other names as wrong options for a "which one" question.</summary>
    public static List<string> NameDistractors(IReadOnlyList<string> names, string answer, SeededRandom random) =>
        random.Sample([.. names.Where(n => n != answer)], Math.Min(3, names.Count - 1));

    /// <summary>Count options around <paramref name="n"/>.</summary>
    public static List<string> CountDistractors(int n) =>
        [.. new[] { n + 1, n - 1, n + 2, n - 2 }.Where(x => x >= 0).Take(3).Select(x => x.ToString(System.Globalization.CultureInfo.InvariantCulture))];

    /// <summary>A value with its unit for explanations: "12.5 cm", or "12.5" when unitless.</summary>
    public static string WithUnit(decimal value, string unit) => unit.Length == 0 ? QaNumber.Value(value) : $"{QaNumber.Value(value)} {unit}";

    /// <summary>A signed change as labels print it: "+12.5" or "-3".</summary>
    public static string Signed(decimal value) => value > 0 ? "+" + QaNumber.Value(value) : QaNumber.Value(value);

    /// <summary>Two distinct indices in ascending order.</summary>
    public static (int A, int B) OrderedPair(int count, SeededRandom random)
    {
        var two = random.Sample(Enumerable.Range(0, count).ToList(), 2).Order().ToArray();
        return (two[0], two[1]);
    }
}
