namespace Cosyn.Families.Graphics.Geometry;

/// <summary>An angle mark at <paramref name="Vertex"/> between rays to <paramref name="From"/> and <paramref name="To"/> (drawn inside, the smaller angle).</summary>
/// <param name="Vertex">The angle's vertex.</param>
/// <param name="From">A point on the first ray.</param>
/// <param name="To">A point on the second ray.</param>
/// <param name="Label">Text on the bisector (e.g. <c>40°</c>), or null.</param>
/// <param name="Right">Draw the little square of a right angle instead of an arc.</param>
public sealed record FigureAngle(string Vertex, string From, string To, string? Label = null, bool Right = false);
