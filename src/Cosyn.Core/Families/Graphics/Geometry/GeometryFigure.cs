namespace Cosyn.Families.Graphics.Geometry;

/// <summary>
/// A labelled figure as a tool-neutral model: the Asymptote and SVG writers draw the same figure in their own idiom.
/// Label directions are decided here, once, so no writer can put a label across a line.
/// </summary>
public sealed record GeometryFigure(
    IReadOnlyList<FigurePoint> Points,
    IReadOnlyList<FigureSegment> Segments,
    IReadOnlyList<FigureAngle> Angles,
    IReadOnlyList<FigureArc> Arcs,
    IReadOnlyList<FigureEllipse> Ellipses,
    FigureAxes? Axes,
    IReadOnlyList<string> Polygon)
{
    public FigurePoint Point(string name) => Points.Single(p => p.Name == name);

    /// <summary>Mean of the points: labels go away from it.</summary>
    public (double X, double Y) Centre => (Points.Average(p => p.X), Points.Average(p => p.Y));

    /// <summary>Bounding box of everything drawn, before labels.</summary>
    public (double MinX, double MinY, double MaxX, double MaxY) Bounds()
    {
        var xs = Points.Select(p => p.X).ToList();
        var ys = Points.Select(p => p.Y).ToList();
        foreach (var arc in Arcs)
        {
            var c = Point(arc.Center);
            xs.AddRange([c.X - arc.Radius, c.X + arc.Radius]);
            ys.AddRange([c.Y - arc.Radius, c.Y + arc.Radius]);
        }

        foreach (var e in Ellipses)
        {
            xs.AddRange([e.CenterX - e.RadiusX, e.CenterX + e.RadiusX]);
            ys.AddRange([e.CenterY - e.RadiusY, e.CenterY + e.RadiusY]);
        }

        if (Axes is { } axes)
        {
            xs.AddRange([axes.MinX, axes.MaxX]);
            ys.AddRange([axes.MinY, axes.MaxY]);
        }

        return (xs.Min(), ys.Min(), xs.Max(), ys.Max());
    }
}
