namespace Cosyn.Families.Charts.Writers.Matplotlib;

/// <summary>The styling choices of one generated script, so the same data looks different across seeds.</summary>
public sealed record MatplotlibTheme(
    string StyleSheet,
    MatplotlibPalette Palette,
    double Width,
    double Height,
    int FontSize,
    int TitleSize,
    bool TitleBold,
    string TitleLoc,
    int LabelSize,
    bool Grid,
    bool HideSpines,
    double BarWidth,
    string EdgeColor,
    string Marker,
    double LineWidth,
    string LegendPlacement,
    bool PieLegend,
    bool TrendLine);
