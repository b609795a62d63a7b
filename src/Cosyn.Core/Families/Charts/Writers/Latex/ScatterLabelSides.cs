namespace Cosyn.Families.Charts.Writers.Latex;

/// <summary>
/// Picks a TikZ placement (<c>above</c>, <c>below</c>, <c>right</c>, <c>left</c>, ...) for each scatter point's name: a greedy
/// search in approximate centimetres of the axis that avoids other names, other marks and the frame.
/// </summary>
internal static class ScatterLabelSides
{
    private static readonly string[] Sides = ["above", "below", "right", "left", "above right", "below right", "above left", "below left"];

    private const double CharCm = 0.16;
    private const double LineCm = 0.35;
    private const double GapCm = 0.12;

    public static IReadOnlyList<string> Choose(IReadOnlyList<double> xs, IReadOnlyList<double> ys, IReadOnlyList<string> labels, double widthCm, double heightCm)
    {
        // Data -> centimetres with the 12% enlargement of the axis limits; the plot area is a little smaller than the axis.
        var (w, h) = (widthCm - 1.5, heightCm - 1.5);
        double Scale(double v, double lo, double hi, double size) => size * (0.12 + (0.76 * (v - lo) / Math.Max(hi - lo, 1e-9))) / 1.0;
        var px = xs.Select(x => Scale(x, xs.Min(), xs.Max(), w)).ToArray();
        var py = ys.Select(y => Scale(y, ys.Min(), ys.Max(), h)).ToArray();
        var marks = px.Zip(py, (x, y) => (x - 0.1, y - 0.1, x + 0.1, y + 0.1)).ToList();
        var placed = new List<(double L, double B, double R, double T)>();
        var result = new List<string>();
        for (var i = 0; i < labels.Count; i++)
        {
            var width = labels[i].Length * CharCm;
            var best = Sides[0];
            var bestCost = double.MaxValue;
            foreach (var side in Sides)
            {
                var box = Box(side, px[i], py[i], width);
                var cost = placed.Sum(p => Overlap(box, p)) + marks.Where((_, j) => j != i).Sum(m => Overlap(box, m))
                    + (Math.Max(0, box.R - w) + Math.Max(0, -box.L)) * LineCm + (Math.Max(0, box.T - h) * width);
                if (cost < bestCost - 1e-9)
                {
                    (best, bestCost) = (side, cost);
                }
            }

            placed.Add(Box(best, px[i], py[i], width));
            result.Add(best);
        }

        return result;
    }

    private static (double L, double B, double R, double T) Box(string side, double x, double y, double width)
    {
        var left = side.Contains("right", StringComparison.Ordinal) ? x + GapCm
            : side.Contains("left", StringComparison.Ordinal) ? x - GapCm - width
            : x - (width / 2);
        var bottom = side.StartsWith("above", StringComparison.Ordinal) ? y + GapCm
            : side.StartsWith("below", StringComparison.Ordinal) ? y - GapCm - LineCm
            : y - (LineCm / 2);
        return (left, bottom, left + width, bottom + LineCm);
    }

    private static double Overlap((double L, double B, double R, double T) a, (double L, double B, double R, double T) b) =>
        Math.Max(0, Math.Min(a.R, b.R) - Math.Max(a.L, b.L)) * Math.Max(0, Math.Min(a.T, b.T) - Math.Max(a.B, b.B));
}
