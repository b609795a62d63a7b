using System.Text.Json.Nodes;

namespace Cosyn.Families.Charts.Writers.VegaLite;

/// <summary>
/// Pie and donut charts as <c>arc</c> marks: the legend names each slice with its value, a text layer prints each
/// slice's percentage (one decimal, as the share questions round) just outside it, and a donut shows the total in its hole.
/// </summary>
internal static class VegaLiteArcSpec
{
    public static void Write(VegaLiteContext ctx)
    {
        var (spec, theme) = (ctx.Spec, ctx.Theme);
        var donut = spec.FigureType == ChartFigureTypes.Donut;
        var value = VegaLiteContext.Datum(ctx.Value);
        var unit = spec.Measure.Unit.Length == 0 ? string.Empty : " + ' " + spec.Measure.Unit.Replace("'", "\\'", StringComparison.Ordinal) + "'";
        var format = spec.Measure.FormatSpec;
        ctx.Root["transform"] = new JsonArray
        {
            // Slices run clockwise from twelve o'clock in the data's order.
            new JsonObject { ["window"] = new JsonArray { new JsonObject { ["op"] = "row_number", ["as"] = "slice_order" } } },
            new JsonObject { ["joinaggregate"] = new JsonArray { new JsonObject { ["op"] = "sum", ["field"] = VegaLiteContext.Field(ctx.Value), ["as"] = "total" } } },
            new JsonObject { ["calculate"] = $"{value} / datum.total", ["as"] = "share" },
            new JsonObject { ["calculate"] = $"{VegaLiteContext.Datum(ctx.Category)} + ': ' + format({value}, '{format}'){unit}", ["as"] = "slice_label" },
        };

        var outer = (theme.Height / 2) - 36;
        var arc = new JsonObject { ["type"] = "arc", ["outerRadius"] = outer, ["stroke"] = "white", ["strokeWidth"] = 2 };
        if (donut)
        {
            arc["innerRadius"] = (int)(outer * theme.InnerRadiusShare);
        }

        var layers = new JsonArray
        {
            new JsonObject { ["mark"] = arc, ["encoding"] = Slices(ctx, withColor: true) },
            new JsonObject
            {
                ["mark"] = new JsonObject { ["type"] = "text", ["radius"] = outer + 18, ["fontSize"] = theme.ValueSize },
                ["encoding"] = Slices(ctx, withColor: false, text: new JsonObject { ["field"] = "share", ["type"] = "quantitative", ["format"] = ".1%" }),
            },
        };
        if (donut)
        {
            layers.Add(new JsonObject
            {
                ["transform"] = new JsonArray
                {
                    new JsonObject { ["aggregate"] = new JsonArray { new JsonObject { ["op"] = "sum", ["field"] = VegaLiteContext.Field(ctx.Value), ["as"] = "sum" } } },
                    new JsonObject { ["calculate"] = $"'Total: ' + format(datum.sum, '{format}'){unit}", ["as"] = "total_label" },
                },
                ["mark"] = new JsonObject
                {
                    ["type"] = "text",
                    ["fontSize"] = theme.ValueSize + 2,
                    ["fontWeight"] = "bold",
                    ["x"] = new JsonObject { ["expr"] = "width / 2" },
                    ["y"] = new JsonObject { ["expr"] = "height / 2" },
                },
                ["encoding"] = new JsonObject { ["text"] = new JsonObject { ["field"] = "total_label" } },
            });
        }

        ctx.Root["layer"] = layers;
    }

    // Each layer carries its own theta (and colour), so the donut's total layer inherits none.
    private static JsonObject Slices(VegaLiteContext ctx, bool withColor, JsonObject? text = null)
    {
        var encoding = new JsonObject
        {
            ["theta"] = new JsonObject { ["field"] = VegaLiteContext.Field(ctx.Value), ["type"] = "quantitative", ["stack"] = true },
            ["order"] = new JsonObject { ["field"] = "slice_order", ["type"] = "quantitative" },
        };
        if (withColor)
        {
            encoding["color"] = new JsonObject
            {
                ["field"] = "slice_label",
                ["type"] = "nominal",
                ["sort"] = null,
                ["legend"] = new JsonObject { ["title"] = ctx.Value, ["orient"] = ctx.Theme.LegendOrient == "top" ? "left" : "right" },
            };
        }

        if (text is not null)
        {
            encoding["text"] = text;
        }

        return encoding;
    }
}
