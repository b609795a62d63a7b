namespace Cosyn.Families.Charts;

/// <summary>
/// Daily open, high, low and close prices as a random walk with the template's volatility: each day opens near the
/// last close, its wicks reach past the body, and closes never repeat (so "highest close" has one answer).
/// </summary>
internal static class ChartOhlcData
{
    public static ChartSpec Generate(ChartPlan plan, ChartMeasure measure, SeededRandom random)
    {
        var template = plan.Template;
        var sigma = template.Volatility;
        var drift = random.NextGaussian() * sigma / 3;
        var step = Math.Pow(10, -measure.Decimals);
        var previous = random.NextDouble(template.Range[0], template.Range[1]);
        var (open, high, low, close) = (new List<double?>(), new List<double?>(), new List<double?>(), new List<double?>());
        var closes = new HashSet<double>();
        foreach (var _ in plan.Categories)
        {
            var o = Round(previous * (1 + (0.3 * sigma * random.NextGaussian())), measure.Decimals);
            var c = Round(o * (1 + drift + (sigma * random.NextGaussian())), measure.Decimals);
            while (!closes.Add(c) || c == o)
            {
                c = Round(c + step, measure.Decimals);
            }

            var top = Math.Max(o, c);
            var bottom = Math.Min(o, c);
            var h = Math.Max(Round(top * (1 + (0.6 * sigma * Math.Abs(random.NextGaussian()))), measure.Decimals), Round(top + step, measure.Decimals));
            var l = Math.Min(Round(bottom * (1 - (0.6 * sigma * Math.Abs(random.NextGaussian()))), measure.Decimals), Round(bottom - step, measure.Decimals));
            open.Add(o);
            high.Add(h);
            low.Add(l);
            close.Add(c);
            previous = c;
        }

        ChartSeries[] series = [new("Open", open), new("High", high), new("Low", low), new("Close", close)];
        return new ChartSpec(plan.FigureType, plan.Title, plan.Domain, plan.CategoryLabel, ChartAxisKind.Time, plan.Categories, measure, series,
            IsPartOfWhole: false, Unshown: []);
    }

    private static double Round(double value, int decimals) => Math.Round(value, decimals, MidpointRounding.AwayFromZero);
}
