namespace Cosyn.Families.Charts.Writers.Matplotlib;

/// <summary>Colour pairs for rises and falls (waterfall steps, candles), green-red and colour-blind-safe blue-orange alike.</summary>
internal static class MatplotlibRiseFall
{
    public static IReadOnlyList<(string Rise, string Fall)> Pairs { get; } =
    [
        ("#2ca02c", "#d62728"), ("#26a69a", "#ef5350"), ("#1b9e77", "#d95f02"), ("#3b7dd8", "#e8833a"), ("#4c9f70", "#c8553d"),
    ];
}
