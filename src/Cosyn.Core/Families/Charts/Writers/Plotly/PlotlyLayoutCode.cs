using Cosyn.Families.Charts.Styling;

using static Cosyn.Families.Shared.Code.PythonSyntax;

namespace Cosyn.Families.Charts.Writers.Plotly;

/// <summary>Title, template, fonts, fixed size, margins, axis titles, legend and gridlines: the parts every figure type shares.</summary>
internal static class PlotlyLayoutCode
{
    /// <summary>
    /// The title's anchor. Plotly 5.4 centres a multi-line title on its top anchor rather than hanging it from it, so
    /// the first of two lines ran off the image's top edge: the anchor moves down by half the extra lines.
    /// </summary>
    private static string TitleY(int lines, PlotlyTheme theme) => lines <= 1
        ? "0.97"
        : (0.97 - ((lines - 1) * theme.TitleSize * 1.35 / 2 / theme.Height)).ToString("0.####", CultureInfo.InvariantCulture);

    public static void Write(PlotlyContext ctx)
    {
        var (spec, theme, py) = (ctx.Spec, ctx.Theme, ctx.Py);
        var pie = ChartFigureTypes.IsPartOfWhole(spec.FigureType);
        var legend = spec.FigureType switch
        {
            ChartFigureTypes.Radar => spec.IsMultiSeries,
            ChartFigureTypes.DualAxis => true,
            _ => ChartFigureTypes.Extended.Contains(spec.FigureType) ? false : spec.IsMultiSeries || (pie && theme.PieLegend),
        };
        var lines = ChartTitleWrap.Lines(spec.Title, ChartTitleWrap.CharsThatFit(theme.Width - 120, theme.TitleSize, theme.TitleBold));
        var title = string.Join("<br>", lines);
        if (theme.TitleBold)
        {
            title = $"<b>{title}</b>";
        }

        var position = theme.TitleLeft ? "x=0.02, xanchor='left'" : "x=0.5, xanchor='center'";
        var legendTop = legend && theme.LegendOnTop;
        // Room for the title lines, a legend row above the plot, and labels printed above the tallest mark.
        var top = 40 + (int)(lines.Count * theme.TitleSize * 1.35) + (legendTop ? 40 : 0) + (pie ? 30 : 20);
        List<string> args =
        [
            $"title=dict(text={Str(title)}, {position}, y={TitleY(lines.Count, theme)}, yanchor='top', font=dict(size={theme.TitleSize}))",
            $"template={Str(theme.Template)}",
            $"font=dict(family={Str(theme.FontFamily)}, size={theme.FontSize})",
            $"width={theme.Width}",
            $"height={theme.Height}",
            $"margin=dict(l={(pie ? 40 : 80)}, r={(pie ? 40 : spec.FigureType == ChartFigureTypes.DualAxis ? 90 : 50)}, t={top}, b={(pie ? 40 : 80)})",
        ];
        if (!pie && !ctx.Express && spec.FigureType != ChartFigureTypes.Radar)
        {
            var (x, y) = ChartAxisTitles.For(spec);
            args.Add($"xaxis_title={Str(x)}");
            args.Add($"yaxis_title={Str(y)}");
        }

        if (spec.FigureType is ChartFigureTypes.GroupedBar or ChartFigureTypes.StackedBar)
        {
            args.Add(spec.FigureType == ChartFigureTypes.GroupedBar ? "barmode='group'" : "barmode='stack'");
        }

        if (spec.FigureType.Contains("bar", StringComparison.Ordinal) || spec.FigureType is ChartFigureTypes.Waterfall or ChartFigureTypes.DualAxis)
        {
            args.Add($"bargap={theme.BarGap:0.00}");
        }

        if (legend)
        {
            var legendTitle = pie ? $"title_text={Str(spec.Measure.Label)}" : "title_text=''";
            args.Add(legendTop
                ? $"legend=dict(orientation='h', yanchor='bottom', y=1.02, xanchor='left', x=0, {legendTitle})"
                : $"legend=dict(yanchor='top', y=1, xanchor='left', x=1.02, {legendTitle})");
        }
        else if (!pie)
        {
            args.Add("showlegend=False");
        }

        py.Call("fig.update_layout(", args);
        WriteAxes(ctx);
    }

    private static void WriteAxes(PlotlyContext ctx)
    {
        var (spec, theme, py) = (ctx.Spec, ctx.Theme, ctx.Py);
        if (ChartFigureTypes.IsPartOfWhole(spec.FigureType))
        {
            return;
        }

        var grid = theme.Grid ? "showgrid=True" : "showgrid=False";
        if (PlotlyExtendedCode.WriteAxes(ctx, grid))
        {
            return;
        }

        if (spec.FigureType == ChartFigureTypes.Scatter)
        {
            py.Line($"fig.update_xaxes({grid}, zeroline=False)");
            py.Line($"fig.update_yaxes({grid}, zeroline=False)");
            return;
        }

        // Categories are names, even when they look like numbers (years): keep them as a category axis in data order.
        var (categoryAxis, valueAxis) = ctx.Horizontal ? ("yaxes", "xaxes") : ("xaxes", "yaxes");
        py.Line(ctx.Horizontal ? $"fig.update_{categoryAxis}(type='category', autorange='reversed')" : $"fig.update_{categoryAxis}(type='category', showgrid=False)");
        py.Line($"fig.update_{valueAxis}({grid}, zeroline=True)");
    }
}
