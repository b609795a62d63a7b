using Cosyn.Families.Shared.Code;

using static Cosyn.Families.Shared.Code.PythonSyntax;

namespace Cosyn.Families.Charts.Writers.Matplotlib;

/// <summary>
/// Writes an idiomatic matplotlib script for a <see cref="ChartSpec"/>: data hard-coded, styling drawn from a random
/// theme, every value a question may ask about labelled, ending in <c>plt.tight_layout()</c> and <c>plt.show()</c>.
/// </summary>
public sealed class MatplotlibCodeWriter : ThemedCodeWriter<ChartSpec, MatplotlibTheme>
{
    /// <summary>Characters of title that fit on one line of the figure; longer titles are wrapped with <c>textwrap.fill</c>.</summary>
    internal static int TitleWrap(MatplotlibTheme theme)
    {
        // Figure width in points over an average glyph width (bold glyphs run wider), with a 10% safety margin.
        var glyph = theme.TitleSize * (theme.TitleBold ? 0.66 : 0.6);
        return (int)(theme.Width * 72 * 0.9 / glyph);
    }

    protected override MatplotlibTheme PickTheme(ChartSpec spec, SeededRandom random) =>
        MatplotlibThemes.Pick(random, wide: spec.Categories.Count >= 8 || spec.IsMultiSeries || spec.FigureType is ChartFigureTypes.Histogram or ChartFigureTypes.Waterfall or ChartFigureTypes.Bubble);

    protected override string Write(ChartSpec spec, MatplotlibTheme theme, SeededRandom random)
    {
        if (ChartFigureTypes.IsPartOfWhole(spec.FigureType) && theme.PieLegend)
        {
            // A legend beside the pie needs the room; tight_layout cannot shrink a square pie far enough.
            theme = theme with { Width = 11.0 };
        }

        var ctx = new MatplotlibContext(spec, theme, new PythonScript(), random);
        var py = ctx.Py;

        if (spec.Title.Length > TitleWrap(theme))
        {
            py.Line("import textwrap").Blank();
        }

        py.Line("import matplotlib.pyplot as plt");
        if (NeedsNumpy(spec, theme))
        {
            py.Line("import numpy as np");
        }

        if (ctx.NeedsTextColor)
        {
            py.Line("from matplotlib.colors import to_rgb");
        }

        if (spec.FigureType == ChartFigureTypes.Candlestick)
        {
            py.Line("from matplotlib.patches import Patch");
        }

        py.Blank();
        py.Line($"plt.style.use({Str(theme.StyleSheet)})");
        py.Line($"plt.rcParams.update({{'font.size': {theme.FontSize}, 'axes.titlesize': {theme.TitleSize}}})").Blank();

        if (ctx.NeedsTextColor)
        {
            // Labels inside slices and segments must contrast with whatever colour the palette gave them.
            py.Block("def text_color(color):", b => b
                .Line("r, g, b = to_rgb(color)")
                .Line("return 'white' if 0.299 * r + 0.587 * g + 0.114 * b < 0.55 else 'black'"));
            py.Blank();
        }

        if (!MatplotlibExtendedCode.WriteData(ctx))
        {
            WriteData(ctx);
        }

        py.Blank();
        var polar = spec.FigureType == ChartFigureTypes.Radar ? ", subplot_kw={'projection': 'polar'}" : string.Empty;
        py.Line($"fig, ax = plt.subplots(figsize=({Number(theme.Width, 1)}, {Number(theme.Height, 1)}){polar})");
        WriteColors(ctx);
        FigureBody(ctx);
        py.Blank();
        WriteFrame(ctx);
        py.Blank();
        py.Line("plt.tight_layout()");
        py.Line("plt.show()");
        return py.ToString();
    }

    private static bool NeedsNumpy(ChartSpec spec, MatplotlibTheme theme) =>
        theme.Palette.Colormap is not null
        || spec.Series.Any(s => s.HasMissing)
        || spec.FigureType is ChartFigureTypes.GroupedBar or ChartFigureTypes.StackedBar or ChartFigureTypes.Area or ChartFigureTypes.MultiLine
        || (spec.FigureType == ChartFigureTypes.Scatter && theme.TrendLine)
        || spec.FigureType is ChartFigureTypes.Heatmap or ChartFigureTypes.Radar or ChartFigureTypes.Box or ChartFigureTypes.Funnel or ChartFigureTypes.Candlestick or ChartFigureTypes.Waterfall;

    private static void WriteData(MatplotlibContext ctx)
    {
        var spec = ctx.Spec;
        var py = ctx.Py;
        py.Line($"{ctx.CategoryVar} = {StrList(spec.Categories)}");
        if (spec.XMeasure is not null && spec.XValues is not null)
        {
            py.Line($"{ctx.XVar} = {NumberList(spec.XValues.Select(v => (double?)v), spec.XMeasure.Decimals)}");
        }

        if (!spec.IsMultiSeries)
        {
            py.Line($"{ctx.ValueVar} = {NumberList(spec.Series[0].Values, spec.Measure.Decimals)}");
            return;
        }

        py.Line("data = {");
        foreach (var series in spec.Series)
        {
            py.Line($"    {Str(series.Name)}: {NumberList(series.Values, spec.Measure.Decimals)},");
        }

        py.Line("}");
    }

    private static void WriteColors(MatplotlibContext ctx)
    {
        var perCategory = ChartFigureTypes.IsPartOfWhole(ctx.Spec.FigureType) || ctx.Spec.FigureType is ChartFigureTypes.Box or ChartFigureTypes.Funnel;
        var count = perCategory ? ctx.Spec.Categories.Count : Math.Max(2, ctx.Spec.Series.Count);
        var palette = ctx.Theme.Palette;
        ctx.Py.Line(palette.Colormap is { } map
            ? $"colors = plt.cm.{map}(np.linspace(0.1, 0.85, {count}))"
            : $"colors = {StrList(palette.Colors.Take(count))}");
    }

    private static void FigureBody(MatplotlibContext ctx)
    {
        switch (ctx.Spec.FigureType)
        {
            case ChartFigureTypes.Bar:
            case ChartFigureTypes.HorizontalBar:
                MatplotlibBarCode.Write(ctx);
                break;
            case ChartFigureTypes.GroupedBar:
            case ChartFigureTypes.StackedBar:
                MatplotlibSeriesBarCode.Write(ctx);
                break;
            case ChartFigureTypes.Line:
            case ChartFigureTypes.MultiLine:
            case ChartFigureTypes.Area:
                MatplotlibLineCode.Write(ctx);
                break;
            case ChartFigureTypes.Pie:
            case ChartFigureTypes.Donut:
                MatplotlibPieCode.Write(ctx);
                break;
            case ChartFigureTypes.Scatter:
                MatplotlibScatterCode.Write(ctx);
                break;
            default:
                if (MatplotlibExtendedCode.WriteBody(ctx))
                {
                    break;
                }

                throw new ArgumentException($"chart-matplotlib cannot draw figure type '{ctx.Spec.FigureType}'.", nameof(ctx));
        }
    }

    // Title, axis labels, legend, grid and spines: the parts every figure type shares.
    private static void WriteFrame(MatplotlibContext ctx)
    {
        var (spec, theme, py) = (ctx.Spec, ctx.Theme, ctx.Py);
        var wrap = TitleWrap(theme);
        var title = spec.Title.Length > wrap ? $"textwrap.fill({Str(spec.Title)}, {wrap})" : Str(spec.Title);
        var weight = theme.TitleBold ? ", fontweight='bold'" : string.Empty;
        var legend = spec.IsMultiSeries && (ChartFigureTypes.IsMultiSeries(spec.FigureType) || spec.FigureType == ChartFigureTypes.Radar);
        var legendOnTop = legend && theme.LegendPlacement == "top" && spec.FigureType != ChartFigureTypes.Radar;
        var pad = legendOnTop ? 34 : spec.FigureType == ChartFigureTypes.Radar ? 26 : 12;
        py.Line($"ax.set_title({title}, loc={Str(theme.TitleLoc)}{weight}, pad={pad})");
        if (ChartFigureTypes.IsPartOfWhole(spec.FigureType))
        {
            return;
        }

        var (xLabel, yLabel) = ChartAxisTitles.For(spec);
        if (xLabel.Length > 0)
        {
            py.Line($"ax.set_xlabel({Str(xLabel)})");
        }

        if (yLabel.Length > 0)
        {
            py.Line(spec.FigureType == ChartFigureTypes.DualAxis ? $"ax.set_ylabel({Str(yLabel)}, color=colors[0])" : $"ax.set_ylabel({Str(yLabel)})");
        }

        if (spec.FigureType is ChartFigureTypes.Heatmap or ChartFigureTypes.Funnel)
        {
            // Cells and stage bars carry their own labels; grid lines would cut through them.
            py.Line("ax.grid(False)");
            return;
        }

        if (spec.FigureType == ChartFigureTypes.Radar)
        {
            if (legend)
            {
                py.Line("ax.legend(loc='upper left', bbox_to_anchor=(1.08, 1.05), frameon=False)");
            }

            return;
        }

        if (legend)
        {
            py.Line(legendOnTop
                ? $"ax.legend(loc='lower center', bbox_to_anchor=(0.5, 1.0), ncol={spec.Series.Count}, frameon=False)"
                : "ax.legend(loc='upper left', bbox_to_anchor=(1.01, 1.0), frameon=False)");
        }

        var gridAxis = spec.FigureType switch
        {
            ChartFigureTypes.HorizontalBar => "x",
            ChartFigureTypes.Scatter or ChartFigureTypes.Bubble or ChartFigureTypes.Line or ChartFigureTypes.MultiLine => "both",
            _ => "y",
        };
        py.Line(theme.Grid ? $"ax.grid(axis='{gridAxis}', linestyle='--', alpha=0.5)" : "ax.grid(False)");
        py.Line("ax.set_axisbelow(True)");
        if (theme.HideSpines)
        {
            py.Line("ax.spines[['top', 'right']].set_visible(False)");
        }
    }
}
