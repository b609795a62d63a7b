using Cosyn.Families.Shared.Qa;

namespace Cosyn.Families.Charts.Qa;

/// <summary>Arithmetic the question makers share: unique extremes, readable thresholds, correlation, distractors.</summary>
internal static class ChartStats
{
    /// <summary>Indices ordered by value, highest first; null when two values tie (a ranking question would be ambiguous).</summary>
    public static int[]? RankDescending(IReadOnlyList<decimal> values)
    {
        if (values.Distinct().Count() != values.Count)
        {
            return null;
        }

        return [.. Enumerable.Range(0, values.Count).OrderByDescending(i => values[i])];
    }

    /// <summary>
    /// Whether the value at <paramref name="position"/> of <paramref name="rank"/> stands clear of its ranked neighbours by
    /// at least <paramref name="margin"/> of the range: scatter values are read off the axis, so near-ties are not asked.
    /// </summary>
    public static bool StandsClear(IReadOnlyList<decimal> values, int[] rank, int position, decimal margin)
    {
        var range = values.Max() - values.Min();
        var here = values[rank[position]];
        var neighbours = new[] { position - 1, position + 1 }.Where(p => p >= 0 && p < rank.Length);
        return neighbours.All(p => Math.Abs(values[rank[p]] - here) >= margin * range);
    }

    /// <summary>
    /// A round threshold strictly between two neighbouring values, at least <paramref name="margin"/> of the range away
    /// from every value so reading it off the chart is never a judgement call; null when none fits.
    /// </summary>
    public static decimal? Threshold(IReadOnlyList<decimal> values, SeededRandom random, decimal margin)
    {
        var sorted = values.Order().ToArray();
        var range = sorted[^1] - sorted[0];
        if (range <= 0)
        {
            return null;
        }

        var gaps = Enumerable.Range(0, sorted.Length - 1).Where(i => sorted[i + 1] - sorted[i] > 2 * margin * range).ToList();
        if (gaps.Count == 0)
        {
            return null;
        }

        var gap = random.Pick(gaps);
        var (low, high) = (sorted[gap] + (margin * range), sorted[gap + 1] - (margin * range));
        var mid = (low + high) / 2;

        // The roundest number in the window: try steps of 1000, 500, ..., 0.01.
        foreach (var step in new[] { 1000m, 500m, 100m, 50m, 10m, 5m, 1m, 0.5m, 0.1m, 0.05m, 0.01m })
        {
            var candidate = Math.Round(mid / step, MidpointRounding.AwayFromZero) * step;
            if (candidate > low && candidate < high)
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>Pearson correlation of two equally long lists.</summary>
    public static double Pearson(IReadOnlyList<decimal> x, IReadOnlyList<decimal> y)
    {
        var xs = x.Select(v => (double)v).ToArray();
        var ys = y.Select(v => (double)v).ToArray();
        var (mx, my) = (xs.Average(), ys.Average());
        var cov = xs.Zip(ys, (a, b) => (a - mx) * (b - my)).Sum();
        var sx = Math.Sqrt(xs.Sum(a => (a - mx) * (a - mx)));
        var sy = Math.Sqrt(ys.Sum(b => (b - my) * (b - my)));
        return cov / (sx * sy);
    }

    /// <summary>Up to three wrong numeric options: other chart values first, then nearby round offsets.</summary>
    public static List<string> NumericDistractors(string answer, IEnumerable<decimal> pool, SeededRandom random)
    {
        var options = random.Sample(pool.Select(QaNumber.Value).Distinct().Where(v => v != answer).ToList(), 3);
        var value = decimal.Parse(answer, System.Globalization.CultureInfo.InvariantCulture);
        foreach (var factor in new[] { 1.1m, 0.9m, 1.25m, 0.8m })
        {
            if (options.Count >= 3)
            {
                break;
            }

            var near = QaNumber.Rounded(value * factor);
            if (near != answer && !options.Contains(near))
            {
                options.Add(near);
            }
        }

        return options;
    }
}
