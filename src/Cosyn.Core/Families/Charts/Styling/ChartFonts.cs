namespace Cosyn.Families.Charts.Styling;

/// <summary>CSS font stacks for tools drawn in a browser (Plotly, Vega-Lite, HTML); each ends in a generic family so it always resolves.</summary>
public static class ChartFonts
{
    public static IReadOnlyList<string> Web { get; } =
    [
        "Arial, sans-serif",
        "Helvetica, Arial, sans-serif",
        "Open Sans, Verdana, sans-serif",
        "Verdana, sans-serif",
        "Trebuchet MS, sans-serif",
        "Georgia, serif",
        "Times New Roman, serif",
        "Courier New, monospace",
    ];
}
