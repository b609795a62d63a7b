namespace Cosyn.Families.Graphics.Writers.Svg;

/// <summary>An SVG figure style: font stack, colours (stroke, fill, accent, card background) and stroke width.</summary>
public sealed record SvgFigureTheme(string Font, string Stroke, string Fill, string Accent, string Card, double StrokeWidth);
