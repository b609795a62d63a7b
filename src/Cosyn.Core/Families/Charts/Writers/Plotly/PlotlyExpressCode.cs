using static Cosyn.Families.Shared.Code.PythonSyntax;

namespace Cosyn.Families.Charts.Writers.Plotly;

/// <summary>
/// The <c>plotly.express</c> form of single-series charts: a pandas DataFrame with the CSV's column names (which
/// become the axis titles), one <c>px</c> call, then <c>update_traces</c> for labels and styling.
/// </summary>
internal static class PlotlyExpressCode
{
    /// <summary>Whether express is the natural way to draw <paramref name="spec"/> (one series; bars without negative colouring).</summary>
    public static bool CanDraw(ChartSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return ChartFigureTypes.Standard.Contains(spec.FigureType) && !spec.IsMultiSeries && !(spec.FigureType is ChartFigureTypes.Bar or ChartFigureTypes.HorizontalBar && spec.Series[0].Values.Any(v => v < 0));
    }

    public static void WriteFrame(PlotlyContext ctx)
    {
        var spec = ctx.Spec;
        ctx.Py.Line("df = pd.DataFrame({");
        ctx.Py.Line($"    {Str(spec.CategoryLabel)}: {StrList(spec.Categories)},");
        if (spec.XMeasure is not null && spec.XValues is not null)
        {
            ctx.Py.Line($"    {Str(spec.XMeasure.Label)}: {NumberList(spec.XValues.Select(v => (double?)v), spec.XMeasure.Decimals)},");
        }

        ctx.Py.Line($"    {Str(spec.Measure.Label)}: {NumberList(spec.Series[0].Values, spec.Measure.Decimals, "None")},");
        ctx.Py.Line("})");
    }

    public static void Write(PlotlyContext ctx)
    {
        var (spec, py, theme) = (ctx.Spec, ctx.Py, ctx.Theme);
        var (category, value) = (Str(spec.CategoryLabel), Str(spec.Measure.Label));
        var label = $"texttemplate='%{{y:{ctx.Format}}}'";
        var line = $"line_width={theme.LineWidth.ToString("0.0", CultureInfo.InvariantCulture)}";
        switch (spec.FigureType)
        {
            case ChartFigureTypes.Bar:
                py.Line($"fig = px.bar(df, x={category}, y={value}, color_discrete_sequence=colors)");
                py.Line($"fig.update_traces({label}, textposition='outside', textfont_size={theme.LabelSize}, cliponaxis=False)");
                break;
            case ChartFigureTypes.HorizontalBar:
                py.Line($"fig = px.bar(df, x={value}, y={category}, orientation='h', color_discrete_sequence=colors)");
                py.Line($"fig.update_traces(texttemplate='%{{x:{ctx.Format}}}', textposition='outside', textfont_size={theme.LabelSize}, cliponaxis=False)");
                break;
            case ChartFigureTypes.Line:
            case ChartFigureTypes.Area:
                var call = spec.FigureType == ChartFigureTypes.Line ? "px.line" : "px.area";
                py.Line($"fig = {call}(df, x={category}, y={value}, markers=True, color_discrete_sequence=colors)");
                py.Line($"fig.update_traces(mode='lines+markers+text', {label}, textposition='top center', textfont_size={theme.LabelSize}, {line}, marker_size=8, marker_symbol='{theme.Marker}', cliponaxis=False)");
                break;
            case ChartFigureTypes.Pie:
            case ChartFigureTypes.Donut:
                var names = category;
                if (theme.PieLegend)
                {
                    py.Line($"df['Label'] = df[{category}] + ': ' + df[{value}].map('{{:{ctx.Format}}}'.format) + {Str(ctx.UnitSuffix)}");
                    names = "'Label'";
                }

                py.Line($"fig = px.pie(df, names={names}, values={value})");
                py.Call("fig.update_traces(", PlotlyPieCode.SliceArguments(ctx));
                PlotlyPieCode.WriteHoleTotal(ctx, $"df[{value}].sum()");
                break;
            case ChartFigureTypes.Scatter:
                py.Line($"fig = px.scatter(df, x={Str(spec.XMeasure!.Label)}, y={value}, text={category}, color_discrete_sequence=colors)");
                py.Line("# names above or below their points, chosen so close neighbours do not cover each other");
                py.Line($"fig.update_traces(textposition={StrList(PlotlyScatterCode.Positions(ctx))}, marker=dict(size=12, symbol='{theme.Marker}', line=dict(width=1, color='white')), textfont_size={theme.LabelSize}, cliponaxis=False)");
                break;
            default:
                throw new ArgumentException($"plotly.express form not written for '{spec.FigureType}'.", nameof(ctx));
        }
    }
}
