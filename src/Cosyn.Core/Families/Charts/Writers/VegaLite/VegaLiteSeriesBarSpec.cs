using System.Text.Json.Nodes;
using Cosyn.Families.Charts.Styling;

namespace Cosyn.Families.Charts.Writers.VegaLite;

/// <summary>
/// Grouped bars (<c>xOffset</c> by series) and stacked bars (a <c>stack</c> transform, so segment labels can sit at
/// each segment's middle), every bar or segment labelled; stacks also show their totals.
/// </summary>
internal static class VegaLiteSeriesBarSpec
{
    private const string Start = "stack_start";
    private const string End = "stack_end";

    public static void Write(VegaLiteContext ctx)
    {
        if (ctx.Spec.FigureType == ChartFigureTypes.StackedBar)
        {
            WriteStacked(ctx);
            return;
        }

        var (spec, theme) = (ctx.Spec, ctx.Theme);
        ctx.Root["encoding"] = new JsonObject
        {
            ["x"] = ctx.CategoryChannel(),
            ["xOffset"] = new JsonObject { ["field"] = VegaLiteContext.SeriesField, ["sort"] = ctx.SeriesColor()["sort"]!.DeepClone() },
            ["y"] = ctx.ValueChannel(),
            ["color"] = ctx.SeriesColor(),
        };

        // Narrow bars with long numbers get vertical labels so neighbours never collide.
        var barPixels = theme.Width * 0.8 / (spec.Categories.Count * spec.Series.Count);
        var longest = spec.Series.SelectMany(s => s.Values).Max(v => spec.Measure.Format(v!.Value).Length);
        var vertical = longest * (theme.ValueSize - 1) * 0.6 > barPixels;
        var text = new JsonObject { ["type"] = "text", ["fontSize"] = theme.ValueSize - 1, ["color"] = "#333333" };
        if (vertical)
        {
            text["angle"] = 270;
            text["align"] = "left";
            text["baseline"] = "middle";
            text["dy"] = -4;
        }
        else
        {
            text["baseline"] = "bottom";
            text["dy"] = -3;
        }

        ctx.Root["layer"] = new JsonArray
        {
            new JsonObject { ["mark"] = new JsonObject { ["type"] = "bar", ["cornerRadiusEnd"] = theme.CornerRadius } },
            new JsonObject { ["mark"] = text, ["encoding"] = new JsonObject { ["text"] = ctx.ValueText() } },
        };
    }

    private static void WriteStacked(VegaLiteContext ctx)
    {
        var (spec, theme) = (ctx.Spec, ctx.Theme);
        var category = VegaLiteContext.Field(ctx.Category);
        ctx.Root["transform"] = new JsonArray
        {
            new JsonObject { ["stack"] = VegaLiteContext.Field(ctx.Value), ["groupby"] = new JsonArray { category }, ["as"] = new JsonArray { Start, End } },
            new JsonObject { ["calculate"] = $"(datum.{Start} + datum.{End}) / 2", ["as"] = "stack_middle" },
        };
        ctx.Root["encoding"] = new JsonObject { ["x"] = ctx.CategoryChannel() };

        // Segment labels take black or white by their segment's colour; that needs its own colour scale.
        var textColors = new JsonArray([.. spec.Series.Select((_, i) => (JsonNode)ChartTextColor.On(theme.Colors[i % theme.Colors.Count]))]);
        var labelColor = ctx.SeriesColor();
        labelColor["scale"] = new JsonObject { ["range"] = textColors };
        labelColor["legend"] = null;
        ctx.Root["layer"] = new JsonArray
        {
            new JsonObject
            {
                ["mark"] = new JsonObject { ["type"] = "bar", ["stroke"] = "white", ["strokeWidth"] = 0.5 },
                ["encoding"] = new JsonObject
                {
                    ["y"] = ctx.ValueChannel(Start),
                    ["y2"] = new JsonObject { ["field"] = End },
                    ["color"] = ctx.SeriesColor(),
                },
            },
            new JsonObject
            {
                ["mark"] = new JsonObject { ["type"] = "text", ["fontSize"] = theme.ValueSize - 1, ["baseline"] = "middle" },
                ["encoding"] = new JsonObject { ["y"] = new JsonObject { ["field"] = "stack_middle", ["type"] = "quantitative" }, ["text"] = ctx.ValueText(), ["color"] = labelColor },
            },
            new JsonObject
            {
                ["transform"] = new JsonArray { new JsonObject { ["aggregate"] = new JsonArray { new JsonObject { ["op"] = "sum", ["field"] = VegaLiteContext.Field(ctx.Value), ["as"] = "total" } }, ["groupby"] = new JsonArray { category } } },
                ["mark"] = new JsonObject { ["type"] = "text", ["fontSize"] = theme.ValueSize, ["fontWeight"] = "bold", ["baseline"] = "bottom", ["dy"] = -4 },
                ["encoding"] = new JsonObject { ["y"] = new JsonObject { ["field"] = "total", ["type"] = "quantitative" }, ["text"] = new JsonObject { ["field"] = "total", ["type"] = "quantitative", ["format"] = spec.Measure.FormatSpec } },
            },
        };
        ctx.Root["resolve"] = new JsonObject { ["scale"] = new JsonObject { ["color"] = "independent" } };
    }
}
