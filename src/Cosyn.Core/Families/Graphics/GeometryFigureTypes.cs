namespace Cosyn.Families.Graphics;

/// <summary>The figure types of <c>graphic-asymptote</c>: the shapes its solved geometry problems are about.</summary>
public static class GeometryFigureTypes
{
    public const string Triangle = "triangle";
    public const string Circle = "circle";
    public const string Polygon = "polygon";
    public const string CoordinatePlane = "coordinate plane";
    public const string Solid = "solid";

    /// <summary>All of them, in the order the topic stage draws from.</summary>
    public static IReadOnlyList<string> All { get; } = [Triangle, Circle, Polygon, CoordinatePlane, Solid];
}
