using static Cosyn.Families.Shared.Code.PythonSyntax;

namespace Cosyn.Families.Charts.Writers.Matplotlib;

/// <summary>Candlesticks drawn with bars (bodies) and vlines (wicks), coloured by direction, each labelled with its close above the high.</summary>
internal static class MatplotlibCandlestickCode
{
    public static void Data(MatplotlibContext ctx)
    {
        var spec = ctx.Spec;
        ctx.Py.Line($"dates = {StrList(spec.Categories)}");
        foreach (var (series, name) in spec.Series.Zip(["opens", "highs", "lows", "closes"]))
        {
            ctx.Py.Line($"{name} = {NumberList(series.Values, spec.Measure.Decimals)}");
        }
    }

    public static void Body(MatplotlibContext ctx)
    {
        var (spec, theme, py) = (ctx.Spec, ctx.Theme, ctx.Py);
        var (rise, fall) = ctx.Random.Pick(MatplotlibRiseFall.Pairs);
        var hollow = ctx.Random.Chance(0.3);
        var width = (theme.BarWidth * 0.85).ToString("0.00", CultureInfo.InvariantCulture);
        var rotation = spec.Categories.Count > 11 || spec.Measure.Format(spec.Series[3].Values[0]!.Value).Length > 6 ? ", rotation=90, va='bottom'" : string.Empty;
        py.Line("x = np.arange(len(dates))");
        py.Line($"candle_colors = ['{rise}' if c > o else '{fall}' for o, c in zip(opens, closes)]");
        py.Line("ax.vlines(x, lows, highs, color=candle_colors, linewidth=1.2, zorder=2)");
        py.Line(hollow
            ? $"ax.bar(x, [abs(c - o) for o, c in zip(opens, closes)], bottom=[min(o, c) for o, c in zip(opens, closes)], width={width}, color=['white' if c > o else col for o, c, col in zip(opens, closes, candle_colors)], edgecolor=candle_colors, linewidth=1.2, zorder=3)"
            : $"ax.bar(x, [abs(c - o) for o, c in zip(opens, closes)], bottom=[min(o, c) for o, c in zip(opens, closes)], width={width}, color=candle_colors, zorder=3)");
        py.Block("for xi, high, close in zip(x, highs, closes):", b => b
            .Line($"ax.annotate(f'{{close:{ctx.FormatSpec}}}', (xi, high), textcoords='offset points', xytext=(0, 4), ha='center', fontsize={theme.LabelSize - 1}{rotation})"));
        py.Line("ax.set_xticks(x, dates)");
        py.Line("plt.setp(ax.get_xticklabels(), rotation=45, ha='right', rotation_mode='anchor')");
        py.Line(rotation.Length > 0 ? "ax.margins(x=0.03, y=0.22)" : "ax.margins(x=0.03, y=0.12)");
        py.Line($"ax.legend(handles=[Patch(color='{rise}', label='Close above open'), Patch(color='{fall}', label='Close below open')],");
        py.Line($"          title={Str("Labels: close")}, loc='upper left', bbox_to_anchor=(1.01, 1.0), frameon=False, fontsize={theme.LabelSize})");
    }
}
