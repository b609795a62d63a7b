namespace Cosyn.Families.Charts;

/// <summary>Makes one series of realistic values: a pattern (season, growth, decline) inside a band of the template's range, plus noise.</summary>
internal static class ChartValueShaper
{
    /// <summary>Unrounded values for <paramref name="count"/> points of <paramref name="pattern"/> within [<paramref name="low"/>, <paramref name="high"/>].</summary>
    public static double[] Shape(string pattern, int count, double low, double high, int period, SeededRandom random)
    {
        var span = high - low;
        var values = new double[count];
        var peak = random.NextDouble(0, period);
        for (var i = 0; i < count; i++)
        {
            var t = count == 1 ? 0 : (double)i / (count - 1);
            var fraction = pattern switch
            {
                ChartPatterns.Seasonal => 0.5 + (0.42 * Math.Cos(2 * Math.PI * (i - peak) / period)) + (0.05 * random.NextGaussian()),
                ChartPatterns.Growth => 0.12 + (0.76 * t) + (0.07 * random.NextGaussian()),
                ChartPatterns.Decline => 0.88 - (0.76 * t) + (0.07 * random.NextGaussian()),
                ChartPatterns.Flat => 0.5 + (0.12 * random.NextGaussian()),
                _ => random.NextDouble(0.05, 0.95),
            };
            values[i] = low + (span * Math.Clamp(fraction, 0.02, 0.98));
        }

        return values;
    }

    /// <summary>Rounds to <paramref name="decimals"/> and nudges repeats apart, so extremes and rankings are never tied.</summary>
    public static double[] RoundDistinct(IEnumerable<double> raw, int decimals, double high)
    {
        var step = Math.Pow(10, -decimals);
        var seen = new HashSet<double>();
        var result = new List<double>();
        foreach (var value in raw)
        {
            var v = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
            var direction = v + step <= high ? 1 : -1;
            while (!seen.Add(v))
            {
                v = Math.Round(v + (direction * step), decimals, MidpointRounding.AwayFromZero);
            }

            // Normalise -0 so nothing ever prints as "-0.0".
            result.Add(v == 0 ? 0 : v);
        }

        return [.. result];
    }
}
