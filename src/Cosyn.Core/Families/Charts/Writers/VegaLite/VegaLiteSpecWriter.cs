using System.Text.Json.Nodes;
using Cosyn.Families.Charts.Styling;

namespace Cosyn.Families.Charts.Writers.VegaLite;

/// <summary>
/// Writes a Vega-Lite v6 spec for a <see cref="ChartSpec"/>: data inline, <c>mark</c> + <c>encoding</c> layers with a
/// text layer for every value a question may ask about, explicit size, title = topic, and a random <c>config</c>.
/// </summary>
public sealed class VegaLiteSpecWriter : ThemedCodeWriter<ChartSpec, VegaLiteTheme>
{
    public const string Schema = "https://vega.github.io/schema/vega-lite/v6.json";

    protected override VegaLiteTheme PickTheme(ChartSpec spec, SeededRandom random) => VegaLiteThemes.Pick(random, wide: spec.Categories.Count >= 8 || spec.IsMultiSeries);

    protected override string Write(ChartSpec spec, VegaLiteTheme theme, SeededRandom random)
    {
        var pie = ChartFigureTypes.IsPartOfWhole(spec.FigureType);
        var root = new JsonObject
        {
            ["$schema"] = Schema,
            ["title"] = Title(spec, theme),
            ["width"] = pie ? theme.Height : theme.Width,
            ["height"] = theme.Height,
            ["data"] = new JsonObject { ["values"] = VegaLiteRows.For(spec) },
        };
        var ctx = new VegaLiteContext(spec, theme, root);
        switch (spec.FigureType)
        {
            case ChartFigureTypes.Bar:
            case ChartFigureTypes.HorizontalBar:
                VegaLiteBarSpec.Write(ctx);
                break;
            case ChartFigureTypes.GroupedBar:
            case ChartFigureTypes.StackedBar:
                VegaLiteSeriesBarSpec.Write(ctx);
                break;
            case ChartFigureTypes.Line:
            case ChartFigureTypes.MultiLine:
            case ChartFigureTypes.Area:
                VegaLiteLineSpec.Write(ctx);
                break;
            case ChartFigureTypes.Pie:
            case ChartFigureTypes.Donut:
                VegaLiteArcSpec.Write(ctx);
                break;
            case ChartFigureTypes.Scatter:
                VegaLitePointSpec.Write(ctx);
                break;
            case ChartFigureTypes.Bubble:
                VegaLiteBubbleSpec.Write(ctx);
                break;
            case ChartFigureTypes.Histogram:
                VegaLiteHistogramSpec.Write(ctx);
                break;
            case ChartFigureTypes.Heatmap:
                VegaLiteHeatmapSpec.Write(ctx, random);
                break;
            default:
                throw new ArgumentException($"chart-vegalite cannot draw figure type '{spec.FigureType}'.", nameof(spec));
        }

        root["config"] = Config(spec, theme);
        return VegaLiteJson.Write(root);
    }

    private static JsonObject Title(ChartSpec spec, VegaLiteTheme theme)
    {
        var width = ChartFigureTypes.IsPartOfWhole(spec.FigureType) ? theme.Height + 200 : theme.Width + 60;
        var lines = ChartTitleWrap.Lines(spec.Title, ChartTitleWrap.CharsThatFit(width, theme.TitleSize, theme.TitleBold));
        return new JsonObject
        {
            ["text"] = lines.Count == 1 ? lines[0] : new JsonArray([.. lines.Select(l => (JsonNode)l)]),
            ["anchor"] = theme.TitleAnchor,
            ["offset"] = 14,
        };
    }

    private static JsonObject Config(ChartSpec spec, VegaLiteTheme theme)
    {
        // Series colours may come from a named scheme; stacks and slices need known hex colours (labels sit on them).
        JsonNode category = theme.Scheme is { } scheme && spec.FigureType is ChartFigureTypes.GroupedBar or ChartFigureTypes.MultiLine
            ? new JsonObject { ["scheme"] = scheme }
            : new JsonArray([.. theme.Colors.Select(c => (JsonNode)c)]);
        var config = new JsonObject
        {
            ["font"] = theme.Font,
            ["background"] = theme.Background,
            ["view"] = new JsonObject { ["stroke"] = theme.ViewStroke },
            ["title"] = new JsonObject { ["fontSize"] = theme.TitleSize, ["fontWeight"] = theme.TitleBold ? "bold" : "normal" },
            ["axis"] = new JsonObject
            {
                ["labelFontSize"] = theme.LabelSize,
                ["titleFontSize"] = theme.AxisTitleSize,
                ["labelLimit"] = 0,
                ["grid"] = theme.Grid,
                ["gridColor"] = "#e3e3e3",
            },
            ["axisBand"] = new JsonObject { ["grid"] = false },
            ["legend"] = new JsonObject { ["labelFontSize"] = theme.LabelSize, ["titleFontSize"] = theme.AxisTitleSize, ["labelLimit"] = 0 },
            ["range"] = new JsonObject { ["category"] = category },
        };
        if (spec.Series.Any(s => s.Values.Any(v => v < 0)) || spec.Distribution?.Groups.Any(g => g.Any(v => v < 0)) == true)
        {
            // d3-format prints U+2212 for minus; labels should show the same "-12.5" as the data and the answers.
            config["locale"] = new JsonObject
            {
                ["number"] = new JsonObject
                {
                    ["decimal"] = ".",
                    ["thousands"] = ",",
                    ["grouping"] = new JsonArray { 3 },
                    ["currency"] = new JsonArray { "$", string.Empty },
                    ["minus"] = "-",
                },
            };
        }

        return config;
    }
}
