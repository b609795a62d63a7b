using System.Text.Json.Nodes;

namespace Cosyn.Families.Charts.Writers.VegaLite;

/// <summary>
/// Line, multi-line and area charts with a text layer labelling every point; a missing reading is null, which breaks
/// the line (a gap) and is filtered out of the labels. Multi-line labels go above the higher line and below the other.
/// </summary>
internal static class VegaLiteLineSpec
{
    public static void Write(VegaLiteContext ctx)
    {
        var (spec, theme) = (ctx.Spec, ctx.Theme);
        var area = spec.FigureType == ChartFigureTypes.Area;
        var value = ctx.ValueChannel();
        if (!area)
        {
            value["scale"] = new JsonObject { ["zero"] = false };
        }

        ctx.Root["encoding"] = new JsonObject { ["x"] = ctx.CategoryChannel(), ["y"] = value };
        var point = new JsonObject { ["filled"] = true, ["shape"] = theme.Shape, ["size"] = 60 };
        if (!spec.IsMultiSeries)
        {
            var line = area
                ? new JsonObject { ["type"] = "area", ["color"] = theme.Colors[0], ["opacity"] = 0.35, ["line"] = new JsonObject { ["color"] = theme.Colors[0], ["strokeWidth"] = theme.StrokeWidth } }
                : new JsonObject { ["type"] = "line", ["color"] = theme.Colors[0], ["strokeWidth"] = theme.StrokeWidth };
            point["color"] = theme.Colors[0];
            line["point"] = point;
            ctx.Root["layer"] = new JsonArray { new JsonObject { ["mark"] = line }, Label(ctx, null, above: true) };
            return;
        }

        ctx.Root["encoding"]!["color"] = ctx.SeriesColor();
        ctx.Root["transform"] = new JsonArray
        {
            new JsonObject
            {
                ["joinaggregate"] = new JsonArray { new JsonObject { ["op"] = "max", ["field"] = VegaLiteContext.Field(ctx.Value), ["as"] = "top_value" } },
                ["groupby"] = new JsonArray { VegaLiteContext.Field(ctx.Category) },
            },
        };
        ctx.Root["layer"] = new JsonArray
        {
            new JsonObject { ["mark"] = new JsonObject { ["type"] = "line", ["strokeWidth"] = theme.StrokeWidth, ["point"] = point } },
            Label(ctx, $"{VegaLiteContext.Datum(ctx.Value)} == datum.top_value", above: true),
            Label(ctx, $"{VegaLiteContext.Datum(ctx.Value)} < datum.top_value", above: false),
        };
    }

    private static JsonObject Label(VegaLiteContext ctx, string? test, bool above)
    {
        var transform = new JsonArray { ctx.ValidValues() };
        if (test is not null)
        {
            transform.Add(new JsonObject { ["filter"] = test });
        }

        var mark = new JsonObject
        {
            ["type"] = "text",
            ["fontSize"] = ctx.Theme.ValueSize - (ctx.Spec.IsMultiSeries ? 1 : 0),
            ["baseline"] = above ? "bottom" : "top",
            ["dy"] = above ? -8 : 8,
        };
        if (!ctx.Spec.IsMultiSeries)
        {
            mark["color"] = "#333333";
        }

        return new JsonObject { ["transform"] = transform, ["mark"] = mark, ["encoding"] = new JsonObject { ["text"] = ctx.ValueText() } };
    }
}
