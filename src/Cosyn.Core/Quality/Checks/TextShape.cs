using Cosyn.Rendering.Layout;

namespace Cosyn.Quality.Checks;

/// <summary>
/// The outline a text run covers. Renderers report axis-aligned boxes; for a diagonal run (a tick label rotated
/// 30-60°) that box is the bound of a rotated line and mostly empty, so two neighbouring labels' boxes overlap
/// while their text does not. A diagonal run is taken as its rotated line: the angle follows from the box and the
/// line height (1.2 em), the direction (rising or falling) is unknown, so both are tried.
/// </summary>
public static class TextShape
{
    // A box more than this many line heights wide and tall holds a diagonal line, not a horizontal or vertical one.
    private const double DiagonalSide = 1.6;

    /// <summary>Share of the smaller run's outline that the two runs' outlines share.</summary>
    public static double OverlapShare(TextBox a, TextBox b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var box = a.OverlapArea(b);
        if (box <= 0)
        {
            return 0;
        }

        var (da, db) = (Diagonal(a), Diagonal(b));
        if (da is null && db is null)
        {
            return box / Math.Min(a.Width * a.Height, b.Width * b.Height);
        }

        // Labels rotated together (tick labels) share their direction; the direction that separates them more is taken.
        var best = double.MaxValue;
        foreach (var rising in new[] { true, false })
        {
            var pa = da is { } x ? Rotated(a, x.Angle, x.Line, rising) : Corners(a);
            var pb = db is { } y ? Rotated(b, y.Angle, y.Line, rising) : Corners(b);
            best = Math.Min(best, ConvexPolygon.IntersectionArea(pa, pb) / Math.Min(ConvexPolygon.Area(pa), ConvexPolygon.Area(pb)));
        }

        return best;
    }

    /// <summary>The angle (radians) and line height of a diagonal single-line run, or null for a straight one (or an unknown font size).</summary>
    public static (double Angle, double Line)? Diagonal(TextBox box)
    {
        ArgumentNullException.ThrowIfNull(box);
        if (box.FontSize is not > 0 || box.Text.Contains('\n', StringComparison.Ordinal))
        {
            return null;
        }

        var line = box.FontSize.Value * 1.2;
        if (box.Width < DiagonalSide * line || box.Height < DiagonalSide * line)
        {
            return null;
        }

        // W = L cos a + h sin a and H = L sin a + h cos a: the angle whose length from W best predicts H.
        var (angle, error) = (0.0, double.MaxValue);
        for (var degrees = 5; degrees <= 85; degrees++)
        {
            var a = degrees * Math.PI / 180;
            var length = (box.Width - (line * Math.Sin(a))) / Math.Cos(a);
            var miss = Math.Abs((length * Math.Sin(a)) + (line * Math.Cos(a)) - box.Height);
            if (length > 0 && miss < error)
            {
                (angle, error) = (a, miss);
            }
        }

        return error < double.MaxValue ? (angle, line) : null;
    }

    private static (double X, double Y)[] Corners(TextBox b) => [(b.X, b.Y), (b.Right, b.Y), (b.Right, b.Bottom), (b.X, b.Bottom)];

    private static (double X, double Y)[] Rotated(TextBox b, double angle, double line, bool rising)
    {
        // A rotated rectangle's centre is its bounding box's centre. Image y grows downwards.
        double cx = b.X + (b.Width / 2), cy = b.Y + (b.Height / 2);
        var length = (b.Width - (line * Math.Sin(angle))) / Math.Cos(angle);
        double ux = Math.Cos(angle) * length / 2, uy = (rising ? -1 : 1) * Math.Sin(angle) * length / 2;
        double vx = (rising ? 1 : -1) * Math.Sin(angle) * line / 2, vy = Math.Cos(angle) * line / 2;
        return [(cx - ux - vx, cy - uy - vy), (cx + ux - vx, cy + uy - vy), (cx + ux + vx, cy + uy + vy), (cx - ux + vx, cy - uy + vy)];
    }
}
