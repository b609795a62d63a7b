namespace Cosyn.Families.Graphics.Geometry;

/// <summary>A straight segment between two named points, optionally labelled at its midpoint.</summary>
/// <param name="From">Start point name.</param>
/// <param name="To">End point name.</param>
/// <param name="Label">Text beside the midpoint (e.g. <c>6 cm</c>), or null.</param>
/// <param name="Dashed">Hidden edge, height or construction line.</param>
/// <param name="LabelSide">+1 / -1 puts the label left / right of From→To; 0 puts it away from the figure's centre.</param>
public sealed record FigureSegment(string From, string To, string? Label = null, bool Dashed = false, int LabelSide = 0);
