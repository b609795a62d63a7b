using System.Text.Json.Nodes;

namespace Cosyn.Families.Charts.Writers.VegaLite;

/// <summary>Bubble charts: translucent circles whose area encodes the size measure, each labelled inside with its name and size.</summary>
internal static class VegaLiteBubbleSpec
{
    public static void Write(VegaLiteContext ctx)
    {
        var (spec, theme) = (ctx.Spec, ctx.Theme);
        var x = spec.XMeasure!.Label;
        var size = spec.SizeMeasure!;
        var unit = size.Unit.Length == 0 ? string.Empty : " " + size.Unit;
        ctx.Root["transform"] = new JsonArray
        {
            new JsonObject { ["calculate"] = $"{VegaLiteContext.Datum(ctx.Category)} + '\\n' + format({VegaLiteContext.Datum(size.Label)}, '{size.FormatSpec}') + '{unit}'", ["as"] = "label" },
        };
        ctx.Root["encoding"] = new JsonObject
        {
            ["x"] = new JsonObject { ["field"] = VegaLiteContext.Field(x), ["type"] = "quantitative", ["title"] = x, ["scale"] = new JsonObject { ["zero"] = false, ["padding"] = 60 } },
            ["y"] = new JsonObject { ["field"] = VegaLiteContext.Field(ctx.Value), ["type"] = "quantitative", ["title"] = ctx.Value, ["scale"] = new JsonObject { ["zero"] = false, ["padding"] = 50 } },
        };
        var circles = new JsonObject
        {
            ["mark"] = new JsonObject { ["type"] = "circle", ["color"] = theme.Colors[0], ["opacity"] = 0.55, ["stroke"] = "white", ["strokeWidth"] = 1 },
            ["encoding"] = new JsonObject
            {
                // Area grows with the size measure from a readable minimum; the legend names what area means.
                ["size"] = new JsonObject
                {
                    ["field"] = VegaLiteContext.Field(size.Label),
                    ["type"] = "quantitative",
                    ["title"] = "Bubble area: " + size.Label,
                    ["scale"] = new JsonObject { ["range"] = new JsonArray { 250, 4200 }, ["zero"] = false },
                    ["legend"] = new JsonObject { ["orient"] = theme.LegendOrient, ["format"] = size.FormatSpec },
                },
            },
        };
        var labels = new JsonObject
        {
            ["mark"] = new JsonObject { ["type"] = "text", ["fontSize"] = theme.ValueSize, ["lineBreak"] = "\n", ["baseline"] = "middle" },
            ["encoding"] = new JsonObject { ["text"] = new JsonObject { ["field"] = "label" } },
        };
        ctx.Root["layer"] = new JsonArray { circles, labels };
    }
}
