namespace Cosyn.Families.Circuits;

/// <summary>Preferred component values (IEC 60063 E12 and E24 series), so drawn parts carry values one could buy.</summary>
public static class ESeries
{
    public static IReadOnlyList<decimal> E12 { get; } = [1.0m, 1.2m, 1.5m, 1.8m, 2.2m, 2.7m, 3.3m, 3.9m, 4.7m, 5.6m, 6.8m, 8.2m];

    public static IReadOnlyList<decimal> E24 { get; } =
        [1.0m, 1.1m, 1.2m, 1.3m, 1.5m, 1.6m, 1.8m, 2.0m, 2.2m, 2.4m, 2.7m, 3.0m, 3.3m, 3.6m, 3.9m, 4.3m, 4.7m, 5.1m, 5.6m, 6.2m, 6.8m, 7.5m, 8.2m, 9.1m];

    /// <summary>A value from <paramref name="series"/> times a random power of ten between the two exponents (inclusive).</summary>
    public static decimal Pick(SeededRandom random, IReadOnlyList<decimal> series, int minExponent, int maxExponent)
    {
        ArgumentNullException.ThrowIfNull(random);
        var mantissa = random.Pick(series);
        var exponent = random.Next(minExponent, maxExponent + 1);
        var factor = 1m;
        for (var i = 0; i < Math.Abs(exponent); i++)
        {
            factor *= 10;
        }

        return exponent >= 0 ? mantissa * factor : mantissa / factor;
    }
}
