namespace Cosyn.Families.Charts.Writers.Matplotlib;

/// <summary>Routes the extended figure types to their emitters: some lay out their own data, all draw their own body.</summary>
internal static class MatplotlibExtendedCode
{
    /// <summary>Writes the data lines when the type has its own layout (observations, a matrix, OHLC, two measures); false otherwise.</summary>
    public static bool WriteData(MatplotlibContext ctx)
    {
        switch (ctx.Spec.FigureType)
        {
            case ChartFigureTypes.Histogram:
                MatplotlibHistogramCode.Data(ctx);
                return true;
            case ChartFigureTypes.Box:
                MatplotlibBoxCode.Data(ctx);
                return true;
            case ChartFigureTypes.Heatmap:
                MatplotlibHeatmapCode.Data(ctx);
                return true;
            case ChartFigureTypes.Candlestick:
                MatplotlibCandlestickCode.Data(ctx);
                return true;
            case ChartFigureTypes.Bubble:
                MatplotlibBubbleCode.Data(ctx);
                return true;
            case ChartFigureTypes.DualAxis:
                MatplotlibDualAxisCode.Data(ctx);
                return true;
            default:
                return false;
        }
    }

    /// <summary>Draws the figure body of an extended type; false when the type is not one of them.</summary>
    public static bool WriteBody(MatplotlibContext ctx)
    {
        Action<MatplotlibContext>? body = ctx.Spec.FigureType switch
        {
            ChartFigureTypes.Bubble => MatplotlibBubbleCode.Body,
            ChartFigureTypes.Histogram => MatplotlibHistogramCode.Body,
            ChartFigureTypes.Box => MatplotlibBoxCode.Body,
            ChartFigureTypes.Heatmap => MatplotlibHeatmapCode.Body,
            ChartFigureTypes.Radar => MatplotlibRadarCode.Body,
            ChartFigureTypes.Funnel => MatplotlibFunnelCode.Body,
            ChartFigureTypes.Waterfall => MatplotlibWaterfallCode.Body,
            ChartFigureTypes.Candlestick => MatplotlibCandlestickCode.Body,
            ChartFigureTypes.DualAxis => MatplotlibDualAxisCode.Body,
            _ => null,
        };
        body?.Invoke(ctx);
        return body is not null;
    }
}
