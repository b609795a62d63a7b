namespace Cosyn.Families.Charts.Writers.Plotly;

/// <summary>Candlesticks as <c>go.Candlestick</c> on a category axis (no weekend gaps), each close printed above the candle's high.</summary>
internal static class PlotlyCandlestickCode
{
    private static readonly (string Rise, string Fall, string RiseName)[] Pairs = [("#26a69a", "#ef5350", "teal"), ("#2ca02c", "#d62728", "green"), ("#3b7dd8", "#e8833a", "blue")];

    public static void Write(PlotlyContext ctx)
    {
        var (py, theme) = (ctx.Py, ctx.Theme);
        var (rise, fall, riseName) = ctx.Random.Pick(Pairs);
        py.Call("fig = go.Figure(go.Candlestick(",
        [
            "x=dates", "open=opens", "high=highs", "low=lows", "close=closes",
            $"increasing_line_color='{rise}'", $"decreasing_line_color='{fall}'", "name='Price'",
        ], "))");
        py.Line("# closing prices printed just above each candle");
        py.Line($"fig.add_trace(go.Scatter(x=dates, y=highs, mode='text', text=[f'{{c:{ctx.Format}}}' for c in closes], textposition='top center', textfont_size={theme.LabelSize - 1}, cliponaxis=False, hoverinfo='skip'))");
        py.Line("fig.update_xaxes(range=[-0.6, len(dates) - 0.4])");
        py.Line($"fig.add_annotation(text='Labels: closing price; {riseName} candles closed above their open', xref='paper', yref='paper', x=0, y=1.0, yanchor='bottom', xanchor='left', showarrow=False, font=dict(size={theme.LabelSize - 1}, color='gray'))");
    }
}
