namespace Cosyn.Families.Charts;

/// <summary>
/// Makes pie values safe to label: every slice at least a minimum share (so its percentage label fits inside it) and
/// no share on a rounding tie (matplotlib's <c>autopct</c> rounds half-to-even on the binary value while answers
/// round half away from zero, so a share like 12.25% could print differently in the image and the answer).
/// </summary>
internal static class ChartShareTies
{
    private const double MinimumShare = 0.06;

    public static ChartSeries Avoid(ChartSeries series, int decimals)
    {
        var values = series.Values.Select(v => v!.Value).ToArray();
        var step = Math.Pow(10, -decimals);
        for (var i = 0; i < values.Length; i++)
        {
            var floor = MinimumShare * values.Sum();
            if (values[i] < floor)
            {
                values[i] = Math.Round(floor + (i * step), decimals, MidpointRounding.AwayFromZero);
            }
        }

        for (var attempt = 0; attempt < 50 && (HasTie(values) || values.Distinct().Count() != values.Length); attempt++)
        {
            var largest = Array.IndexOf(values, values.Max());
            values[largest] = Math.Round(values[largest] + step, decimals, MidpointRounding.AwayFromZero);
        }

        return series with { Values = [.. values.Select(v => (double?)v)] };
    }

    private static bool HasTie(double[] values)
    {
        var total = values.Sum();
        return values.Any(v =>
        {
            var tenths = v / total * 1000;
            return Math.Abs(tenths - Math.Floor(tenths) - 0.5) < 1e-6;
        });
    }
}
