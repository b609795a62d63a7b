namespace Cosyn.Families.Graphics.Geometry;

/// <summary>Where labels go: unit directions computed from the figure so point names, side lengths and angle values sit clear of the lines.</summary>
public static class FigureLayout
{
    /// <summary>
    /// Unit direction for a point's name: of sixteen compass directions, the one farthest from every line leaving the
    /// point (segments, angle arms), nudged towards pointing away from the figure's centre.
    /// </summary>
    public static (double X, double Y) PointNameDirection(GeometryFigure figure, FigurePoint point)
    {
        ArgumentNullException.ThrowIfNull(figure);
        ArgumentNullException.ThrowIfNull(point);
        var (cx, cy) = figure.Centre;
        var away = Math.Atan2(point.Y - cy, point.X - cx);
        var lines = figure.Segments
            .Where(s => s.From == point.Name || s.To == point.Name)
            .Select(s => figure.Point(s.From == point.Name ? s.To : s.From))
            .Select(o => Math.Atan2(o.Y - point.Y, o.X - point.X))
            .ToList();
        if (figure.Axes is not null)
        {
            lines.AddRange([0, Math.PI / 2, Math.PI, -Math.PI / 2]);
        }

        var best = Enumerable.Range(0, 16).Select(i => i * Math.PI / 8)
            .MaxBy(d => (lines.Count == 0 ? Math.PI : lines.Min(l => Gap(d, l))) + (0.35 * Math.Cos(d - away)));
        return (Math.Cos(best), Math.Sin(best));
    }

    private static double Gap(double a, double b)
    {
        var d = Math.Abs(a - b) % (2 * Math.PI);
        return d > Math.PI ? (2 * Math.PI) - d : d;
    }

    /// <summary>Midpoint and unit normal for a segment's label.</summary>
    public static (double X, double Y, double Nx, double Ny) SegmentLabel(GeometryFigure figure, FigureSegment segment)
    {
        ArgumentNullException.ThrowIfNull(figure);
        ArgumentNullException.ThrowIfNull(segment);
        var a = figure.Point(segment.From);
        var b = figure.Point(segment.To);
        var (mx, my) = ((a.X + b.X) / 2, (a.Y + b.Y) / 2);
        var (nx, ny) = Unit(-(b.Y - a.Y), b.X - a.X, (0, 1));
        var side = segment.LabelSide;
        if (side == 0)
        {
            var (cx, cy) = figure.Centre;
            side = ((mx - cx) * nx) + ((my - cy) * ny) >= 0 ? 1 : -1;
        }

        return (mx, my, nx * side, ny * side);
    }

    /// <summary>Start and end angle (degrees, counter-clockwise, span under 180) of an angle mark, and its bisector direction.</summary>
    public static (double Start, double End, double Bx, double By) AngleSpan(GeometryFigure figure, FigureAngle angle)
    {
        ArgumentNullException.ThrowIfNull(figure);
        ArgumentNullException.ThrowIfNull(angle);
        var v = figure.Point(angle.Vertex);
        var p = figure.Point(angle.From);
        var q = figure.Point(angle.To);
        var a1 = Degrees(Math.Atan2(p.Y - v.Y, p.X - v.X));
        var a2 = Degrees(Math.Atan2(q.Y - v.Y, q.X - v.X));
        var span = (a2 - a1 + 360) % 360;
        var (start, end) = span <= 180 ? (a1, a1 + span) : (a2, a2 + (360 - span));
        var mid = (start + end) / 2 * Math.PI / 180;
        return (start, end, Math.Cos(mid), Math.Sin(mid));
    }

    /// <summary>A direction as a unit vector, or <paramref name="fallback"/> for a zero vector.</summary>
    public static (double X, double Y) Unit(double x, double y, (double X, double Y) fallback)
    {
        var length = Math.Sqrt((x * x) + (y * y));
        return length < 1e-9 ? fallback : (x / length, y / length);
    }

    private static double Degrees(double radians) => ((radians * 180 / Math.PI) + 360) % 360;
}
