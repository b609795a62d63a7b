using Cosyn.Families.Graphics.Geometry;

namespace Cosyn.Families.Mathematics;

/// <summary>Collects a figure's points, segments and marks; the families describe figures in a few lines with it.</summary>
public sealed class FigureBuilder
{
    private readonly List<FigurePoint> _points = [];
    private readonly List<FigureSegment> _segments = [];
    private readonly List<FigureAngle> _angles = [];
    private readonly List<FigureArc> _arcs = [];
    private readonly List<FigureEllipse> _ellipses = [];
    private readonly List<string> _polygon = [];
    private FigureAxes? _axes;

    public FigureBuilder Point(string name, double x, double y, bool showName = true, string? caption = null)
    {
        _points.Add(new FigurePoint(name, x, y, showName, caption));
        return this;
    }

    public FigureBuilder Segment(string from, string to, string? label = null, bool dashed = false, int side = 0)
    {
        _segments.Add(new FigureSegment(from, to, label, dashed, side));
        return this;
    }

    public FigureBuilder Angle(string vertex, string from, string to, string? label = null, bool right = false)
    {
        _angles.Add(new FigureAngle(vertex, from, to, label, right));
        return this;
    }

    public FigureBuilder Arc(FigureArc arc)
    {
        _arcs.Add(arc);
        return this;
    }

    public FigureBuilder Ellipse(FigureEllipse ellipse)
    {
        _ellipses.Add(ellipse);
        return this;
    }

    /// <summary>Closes the named points into a shaded polygon and draws its sides (labels per side, null for none).</summary>
    public FigureBuilder Polygon(IReadOnlyList<string> names, IReadOnlyList<string?> sideLabels)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(sideLabels);
        _polygon.AddRange(names);
        for (var i = 0; i < names.Count; i++)
        {
            Segment(names[i], names[(i + 1) % names.Count], sideLabels[i]);
        }

        return this;
    }

    public FigureBuilder Axes(FigureAxes axes)
    {
        _axes = axes;
        return this;
    }

    public GeometryFigure Build() => new([.. _points], [.. _segments], [.. _angles], [.. _arcs], [.. _ellipses], _axes, [.. _polygon]);
}
