namespace Cosyn.Families.Charts;

/// <summary>Individual observations for histograms (one sample, binned) and box plots (one sample per group).</summary>
internal static class ChartObservationData
{
    private const int MaxAttempts = 60;

    public static ChartSpec Generate(ChartPlan plan, ChartMeasure measure, SeededRandom random)
    {
        var template = plan.Template;
        var distribution = plan.FigureType == ChartFigureTypes.Box ? BoxGroups(plan, random) : [Sample(template, random.Next(60, 141), random)];
        var subject = template.Subject;
        if (plan.FigureType == ChartFigureTypes.Box)
        {
            var medians = distribution.Select(g => (double?)Quartiles(g).Median).ToList();
            return new ChartSpec(plan.FigureType, plan.Title, plan.Domain, plan.CategoryLabel, ChartAxisKind.Category, plan.Categories, measure,
                [new ChartSeries(measure.Name, medians)], IsPartOfWhole: false, Unshown: plan.Unshown, Distribution: new ChartDistribution(distribution, subject));
        }

        for (var attempt = 0; ; attempt++)
        {
            var values = distribution[0];
            var edges = BinEdges(values, template.Decimals);
            var counts = Enumerable.Range(0, edges.Count - 1).Select(b => (double?)values.Count(v => v >= edges[b] && v < edges[b + 1])).ToList();

            // The most common bin must be one bin, or "which bin is most common" has two answers.
            if (counts.Count(c => c == counts.Max()) == 1 || attempt == MaxAttempts)
            {
                var labels = Enumerable.Range(0, edges.Count - 1).Select(b => BinLabel(edges[b], edges[b + 1])).ToList();
                return new ChartSpec(plan.FigureType, plan.Title, plan.Domain, plan.CategoryLabel, ChartAxisKind.Category, labels, measure,
                    [new ChartSeries($"Number of {subject}", counts)], IsPartOfWhole: false, Unshown: [], Distribution: new ChartDistribution(distribution, subject, edges));
            }

            distribution = [Sample(template, values.Count, random)];
        }
    }

    /// <summary>The median and quartiles of 4k+1 observations: the observations at ranks k, 2k and 3k.</summary>
    public static (double Q1, double Median, double Q3) Quartiles(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToArray();
        var k = (sorted.Length - 1) / 4;
        return (sorted[k], sorted[2 * k], sorted[3 * k]);
    }

    /// <summary>A bin label as axes and questions print it, e.g. <c>20–25</c>.</summary>
    public static string BinLabel(double low, double high) => $"{Edge(low)}–{Edge(high)}";

    private static string Edge(double value) => value.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture);

    private static List<IReadOnlyList<double>> BoxGroups(ChartPlan plan, SeededRandom random)
    {
        for (var attempt = 0; ; attempt++)
        {
            var groups = plan.Categories.Select(_ => (IReadOnlyList<double>)Sample(plan.Template, random.Pick([9, 13, 17, 21]), random)).ToList();
            var stats = groups.Select(Quartiles).ToList();

            // Distinct medians and spreads keep "which group is highest / widest" single-answer; boxes need a body.
            var distinct = stats.Select(s => s.Median).Distinct().Count() == stats.Count && stats.Select(s => s.Q3 - s.Q1).Distinct().Count() == stats.Count;
            if ((distinct && stats.All(s => s.Q1 < s.Median && s.Median < s.Q3)) || attempt == MaxAttempts)
            {
                return groups;
            }
        }
    }

    // A skewed-or-not bell around a random centre of the template's range, clamped to the range.
    private static double[] Sample(ChartTemplate template, int count, SeededRandom random)
    {
        var (low, high) = (template.Range[0], template.Range[1]);
        var span = high - low;
        var centre = low + (span * random.NextDouble(0.3, 0.7));
        var spread = span * random.NextDouble(0.08, 0.16);
        var skew = random.NextDouble(-0.35, 0.35);
        var values = new double[count];
        for (var i = 0; i < count; i++)
        {
            var g = random.NextGaussian();
            values[i] = Math.Round(Math.Clamp(centre + (spread * (g + (skew * ((g * g) - 1)))), low, high), template.Decimals, MidpointRounding.AwayFromZero);
        }

        return values;
    }

    // A round bin width giving about eight bins; edges on multiples of it, the last strictly above the largest value.
    private static List<double> BinEdges(IReadOnlyList<double> values, int decimals)
    {
        var (min, max) = (values.Min(), values.Max());
        var raw = Math.Max((max - min) / 8, Math.Pow(10, -decimals));
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var width = new[] { 1, 2, 2.5, 5, 10 }.Select(f => f * magnitude).First(w => w >= raw);
        var first = Math.Floor((min / width) + 1e-9) * width;
        var edges = new List<double>();
        for (var edge = first; edges.Count == 0 || edges[^1] <= max; edge += width)
        {
            edges.Add(Math.Round(edge, 6));
        }

        return edges;
    }
}
