using static Cosyn.Families.Shared.Code.PythonSyntax;

namespace Cosyn.Families.Charts.Writers.Plotly;

/// <summary>Routes the extended figure types to their emitters: their own data layout, figure body and axes.</summary>
internal static class PlotlyExtendedCode
{
    /// <summary>Writes the data lines of an extended type; false for the value-per-category types.</summary>
    public static bool WriteData(PlotlyContext ctx)
    {
        var (spec, py, names) = (ctx.Spec, ctx.Py, ctx.Names);
        switch (spec.FigureType)
        {
            case ChartFigureTypes.Histogram:
                py.Line($"{names.Value} = {NumberList(spec.Distribution!.Groups[0].Select(v => (double?)v), spec.Measure.Decimals)}");
                return true;
            case ChartFigureTypes.Box:
                py.Line("data = {");
                for (var g = 0; g < spec.Categories.Count; g++)
                {
                    py.Line($"    {Str(spec.Categories[g])}: {NumberList(spec.Distribution!.Groups[g].Select(v => (double?)v), spec.Measure.Decimals)},");
                }

                py.Line("}");
                return true;
            case ChartFigureTypes.Candlestick:
                py.Line($"dates = {StrList(spec.Categories)}");
                foreach (var (series, name) in spec.Series.Zip(["opens", "highs", "lows", "closes"]))
                {
                    py.Line($"{name} = {NumberList(series.Values, spec.Measure.Decimals)}");
                }

                return true;
            case ChartFigureTypes.Bubble:
                py.Line($"{names.Category} = {StrList(spec.Categories)}");
                py.Line($"{names.X} = {NumberList(spec.XValues!.Select(v => (double?)v), spec.XMeasure!.Decimals)}");
                py.Line($"{names.Value} = {NumberList(spec.Series[0].Values, spec.Measure.Decimals)}");
                py.Line($"sizes = {NumberList(spec.SizeValues!.Select(v => (double?)v), spec.SizeMeasure!.Decimals)}");
                return true;
            case ChartFigureTypes.Heatmap:
            case ChartFigureTypes.Radar:
                // Their bodies lay out the matrix or the closed outlines themselves.
                return true;
            case ChartFigureTypes.DualAxis:
                py.Line($"{names.Category} = {StrList(spec.Categories)}");
                py.Line($"{names.Value} = {NumberList(spec.Series[0].Values, spec.Measure.Decimals)}");
                py.Line($"{PlotlyDualAxisCode.RightName(ctx)} = {NumberList(spec.Series[1].Values, spec.SecondMeasure!.Decimals)}");
                return true;
            default:
                return false;
        }
    }

    /// <summary>Draws the figure of an extended type; false for the value-per-category types.</summary>
    public static bool WriteBody(PlotlyContext ctx)
    {
        Action<PlotlyContext>? body = ctx.Spec.FigureType switch
        {
            ChartFigureTypes.Bubble => PlotlyBubbleCode.Write,
            ChartFigureTypes.Histogram => PlotlyHistogramCode.Write,
            ChartFigureTypes.Box => PlotlyBoxCode.Write,
            ChartFigureTypes.Heatmap => PlotlyHeatmapCode.Write,
            ChartFigureTypes.Radar => PlotlyRadarCode.Write,
            ChartFigureTypes.Funnel => PlotlyFunnelCode.Write,
            ChartFigureTypes.Waterfall => PlotlyWaterfallCode.Write,
            ChartFigureTypes.Candlestick => PlotlyCandlestickCode.Write,
            ChartFigureTypes.DualAxis => PlotlyDualAxisCode.Write,
            _ => null,
        };
        body?.Invoke(ctx);
        return body is not null;
    }

    /// <summary>Axis settings of an extended type; false when the shared category/value axes apply.</summary>
    public static bool WriteAxes(PlotlyContext ctx, string grid)
    {
        var py = ctx.Py;
        switch (ctx.Spec.FigureType)
        {
            case ChartFigureTypes.Bubble:
                py.Line($"fig.update_xaxes({grid}, zeroline=False)");
                py.Line($"fig.update_yaxes({grid}, zeroline=False)");
                return true;
            case ChartFigureTypes.Histogram:
                var edges = ctx.Spec.Distribution!.BinEdges!;
                py.Line($"fig.update_xaxes(tick0={Number(edges[0], 3)}, dtick={Number(edges[1] - edges[0], 3)}, showgrid=False)");
                py.Line($"fig.update_yaxes({grid})");
                return true;
            case ChartFigureTypes.Radar:
            case ChartFigureTypes.Funnel:
                return true;
            case ChartFigureTypes.Heatmap:
                py.Line("fig.update_xaxes(type='category', showgrid=False)");
                py.Line("fig.update_yaxes(type='category', autorange='reversed', showgrid=False)");
                return true;
            case ChartFigureTypes.Candlestick:
                py.Line("fig.update_xaxes(type='category', rangeslider_visible=False, tickangle=-45, showgrid=False)");
                py.Line($"fig.update_yaxes({grid})");
                return true;
            case ChartFigureTypes.DualAxis:
                return true;
            default:
                return false;
        }
    }
}
