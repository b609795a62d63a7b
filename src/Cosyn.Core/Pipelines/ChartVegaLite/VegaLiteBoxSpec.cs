using System.Text.Json.Nodes;

namespace Cosyn.Pipelines.ChartVegaLite;

/// <summary>
/// Box plots from the raw observations (<c>boxplot</c> mark, whiskers at 1.5 IQR), with Vega's own q1, median and q3
/// printed beside each box: the median in bold on the right, the quartiles on the left. Groups hold 4k+1 observations,
/// so Vega's quartiles are observations and agree with the data and the answers.
/// </summary>
internal static class VegaLiteBoxSpec
{
    private const int BoxSize = 36;

    public static void Write(VegaLiteContext ctx)
    {
        var theme = ctx.Theme;
        var value = VegaLiteContext.Field(ctx.Value);
        ctx.Root["encoding"] = new JsonObject { ["x"] = ctx.CategoryChannel() };
        var stats = new JsonObject
        {
            ["aggregate"] = new JsonArray
            {
                new JsonObject { ["op"] = "q1", ["field"] = value, ["as"] = "q1" },
                new JsonObject { ["op"] = "median", ["field"] = value, ["as"] = "median" },
                new JsonObject { ["op"] = "q3", ["field"] = value, ["as"] = "q3" },
            },
            ["groupby"] = new JsonArray { VegaLiteContext.Field(ctx.Category) },
        };
        ctx.Root["layer"] = new JsonArray
        {
            new JsonObject
            {
                ["mark"] = new JsonObject { ["type"] = "boxplot", ["size"] = BoxSize, ["color"] = theme.Colors[0], ["median"] = new JsonObject { ["color"] = "black" } },
                ["encoding"] = new JsonObject { ["y"] = Value(ctx) },
            },
            Labels(ctx, stats, "median", right: true),
            Labels(ctx, stats, "q1", right: false),
            Labels(ctx, stats, "q3", right: false),
        };
    }

    // Boxes sit where the observations are; a zero baseline would squash them.
    private static JsonObject Value(VegaLiteContext ctx)
    {
        var channel = ctx.ValueChannel();
        channel["scale"] = new JsonObject { ["zero"] = false };
        return channel;
    }

    private static JsonObject Labels(VegaLiteContext ctx, JsonObject stats, string field, bool right) => new()
    {
        ["transform"] = new JsonArray { stats.DeepClone() },
        ["mark"] = new JsonObject
        {
            ["type"] = "text",
            ["fontSize"] = right ? ctx.Theme.ValueSize : ctx.Theme.ValueSize - 1,
            ["fontWeight"] = right ? "bold" : "normal",
            ["align"] = right ? "left" : "right",
            ["dx"] = right ? (BoxSize / 2) + 5 : -((BoxSize / 2) + 5),
        },
        ["encoding"] = new JsonObject
        {
            ["y"] = new JsonObject { ["field"] = field, ["type"] = "quantitative" },
            ["text"] = new JsonObject { ["field"] = field, ["type"] = "quantitative", ["format"] = ctx.Spec.Measure.FormatSpec },
        },
    };
}
