namespace Cosyn.Families.Charts;

/// <summary>Axis ticks at nice round steps (1, 2, 2.5 or 5 times a power of ten) covering a value range, as plotting libraries choose them.</summary>
public sealed record ChartTicks(double Min, double Max, double Step)
{
    /// <summary>The tick values from <see cref="Min"/> to <see cref="Max"/>.</summary>
    public IReadOnlyList<double> Values =>
        [.. Enumerable.Range(0, (int)Math.Round((Max - Min) / Step) + 1).Select(i => Math.Round(Min + (i * Step), 10))];

    /// <summary>Decimals a tick label needs to show the step exactly.</summary>
    public int Decimals => Math.Max(0, (int)Math.Ceiling(-Math.Log10(Step) - 1e-9) + (Step / Math.Pow(10, Math.Floor(Math.Log10(Step))) == 2.5 ? 1 : 0));

    /// <summary>About <paramref name="target"/> ticks spanning <paramref name="low"/> to <paramref name="high"/>.</summary>
    public static ChartTicks Nice(double low, double high, int target = 5)
    {
        if (high - low < 1e-9)
        {
            (low, high) = (low - 1, high + 1);
        }

        var rough = (high - low) / target;
        var power = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var step = new[] { 1, 2, 2.5, 5, 10 }.Select(m => m * power).First(s => s >= rough);
        return new ChartTicks(Math.Floor((low / step) + 1e-9) * step, Math.Ceiling((high / step) - 1e-9) * step, step);
    }
}
