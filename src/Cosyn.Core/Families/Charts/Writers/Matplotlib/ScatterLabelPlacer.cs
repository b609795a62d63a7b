namespace Cosyn.Families.Charts.Writers.Matplotlib;

/// <summary>
/// Chooses a label offset per scatter point so names do not cover each other or other points: a greedy search over
/// eight positions around the marker, in approximate pixel space of the axes.
/// </summary>
internal static class ScatterLabelPlacer
{
    // (dx, dy) in points; labels left of the point are right-aligned.
    private static readonly (int Dx, int Dy)[] Candidates = [(6, 5), (6, -13), (-6, 5), (-6, -13), (0, 9), (0, -18), (10, -4), (-10, -4)];

    private const double PointsToPixels = 100.0 / 72;

    public static IReadOnlyList<(int Dx, int Dy)> Place(IReadOnlyList<double> xs, IReadOnlyList<double> ys, IReadOnlyList<string> labels, MatplotlibTheme theme)
    {
        var width = (theme.Width - 1.8) * 100;
        var height = (theme.Height - 1.6) * 100;
        var (x0, x1, y0, y1) = (xs.Min(), xs.Max(), ys.Min(), ys.Max());

        // Data -> pixels with the 12% / 10% margins the script sets.
        var px = xs.Select(x => width * (0.12 + (0.76 * (x - x0) / Math.Max(x1 - x0, 1e-9))) / 1.0).ToArray();
        var py = ys.Select(y => height * (0.1 + (0.8 * (y - y0) / Math.Max(y1 - y0, 1e-9)))).ToArray();
        var placed = new List<(double L, double B, double R, double T)>();
        var markers = px.Zip(py, (x, y) => (x - 6, y - 6, x + 6, y + 6)).ToList();
        var result = new List<(int, int)>();
        for (var i = 0; i < labels.Count; i++)
        {
            var textWidth = labels[i].Length * theme.LabelSize * 0.6 * PointsToPixels;
            var textHeight = theme.LabelSize * 1.3 * PointsToPixels;
            var best = Candidates[0];
            var bestCost = double.MaxValue;
            foreach (var (dx, dy) in Candidates)
            {
                var left = dx > 0 ? px[i] + (dx * PointsToPixels) : dx < 0 ? px[i] + (dx * PointsToPixels) - textWidth : px[i] - (textWidth / 2);
                var bottom = py[i] + (dy * PointsToPixels);
                var box = (left, bottom, left + textWidth, bottom + textHeight);
                var cost = placed.Sum(p => Overlap(box, p)) + markers.Where((_, j) => j != i).Sum(m => Overlap(box, m))
                    + Math.Max(0, box.Item3 - width) * textHeight + Math.Max(0, -box.left) * textHeight
                    + Math.Max(0, box.Item4 - height) * textWidth;
                if (cost < bestCost - 1e-9)
                {
                    (best, bestCost) = ((dx, dy), cost);
                }
            }

            var (bx, by) = best;
            var l = bx > 0 ? px[i] + (bx * PointsToPixels) : bx < 0 ? px[i] + (bx * PointsToPixels) - textWidth : px[i] - (textWidth / 2);
            placed.Add((l, py[i] + (by * PointsToPixels), l + textWidth, py[i] + (by * PointsToPixels) + textHeight));
            result.Add(best);
        }

        return result;
    }

    private static double Overlap((double L, double B, double R, double T) a, (double L, double B, double R, double T) b) =>
        Math.Max(0, Math.Min(a.R, b.R) - Math.Max(a.L, b.L)) * Math.Max(0, Math.Min(a.T, b.T) - Math.Max(a.B, b.B));
}
