namespace Cosyn.Families.Graphics.Writers.Asymptote;

/// <summary>A figure style: stroke and fill colours (hex), line width, font size and figure width.</summary>
public sealed record AsymptoteTheme(string Stroke, string Fill, string Accent, double LineWidth, int FontSize, string Size);
