namespace Cosyn.Families.Charts.Styling;

/// <summary>
/// Puts each scatter point's name above or below it so close neighbours do not cover each other: a greedy pass in
/// axis-fraction space that flips a label below its point when the space above is taken.
/// </summary>
public static class ScatterLabelSides
{
    /// <summary>True for "label above the point", false for "below", per point in order.</summary>
    /// <param name="xs">X values.</param>
    /// <param name="ys">Y values.</param>
    /// <param name="labels">Point names.</param>
    /// <param name="charsAcross">Roughly how many label characters fit across the plot (plot width over glyph width).</param>
    public static IReadOnlyList<bool> Above(IReadOnlyList<double> xs, IReadOnlyList<double> ys, IReadOnlyList<string> labels, double charsAcross)
    {
        ArgumentNullException.ThrowIfNull(xs);
        ArgumentNullException.ThrowIfNull(ys);
        ArgumentNullException.ThrowIfNull(labels);
        var (x0, x1, y0, y1) = (xs.Min(), xs.Max(), ys.Min(), ys.Max());
        double Fx(int i) => (xs[i] - x0) / Math.Max(x1 - x0, 1e-9);
        double Fy(int i) => (ys[i] - y0) / Math.Max(y1 - y0, 1e-9);
        const double lineHeight = 0.07;
        var boxes = new List<(double L, double R, double B, double T)>();
        var result = new bool[labels.Count];
        foreach (var i in Enumerable.Range(0, labels.Count).OrderByDescending(Fy))
        {
            var half = labels[i].Length / charsAcross / 2;
            (double, double, double, double) Box(bool above) => above
                ? (Fx(i) - half, Fx(i) + half, Fy(i) + 0.02, Fy(i) + 0.02 + lineHeight)
                : (Fx(i) - half, Fx(i) + half, Fy(i) - 0.02 - lineHeight, Fy(i) - 0.02);
            var up = Box(above: true);
            var down = Box(above: false);
            // The top point always goes above; below is chosen only when it is clearly the freer side.
            result[i] = Overlap(up, boxes) <= Overlap(down, boxes) || Fy(i) - 0.02 - lineHeight < -0.05;
            boxes.Add(result[i] ? up : down);
        }

        return result;
    }

    private static double Overlap((double L, double R, double B, double T) box, List<(double L, double R, double B, double T)> placed) =>
        placed.Sum(p => Math.Max(0, Math.Min(box.R, p.R) - Math.Max(box.L, p.L)) * Math.Max(0, Math.Min(box.T, p.T) - Math.Max(box.B, p.B)));
}
