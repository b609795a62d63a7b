using System.Text.Json.Nodes;
using Cosyn.Families.Charts.Styling;

namespace Cosyn.Families.Charts.Writers.VegaLite;

/// <summary>Scatter plots as <c>point</c> marks, each named by a text layer; names listed in a second layer go below their points so neighbours stay readable.</summary>
internal static class VegaLitePointSpec
{
    public static void Write(VegaLiteContext ctx)
    {
        var (spec, theme) = (ctx.Spec, ctx.Theme);
        var x = spec.XMeasure!.Label;
        ctx.Root["encoding"] = new JsonObject
        {
            ["x"] = new JsonObject { ["field"] = VegaLiteContext.Field(x), ["type"] = "quantitative", ["title"] = x, ["scale"] = new JsonObject { ["zero"] = false } },
            ["y"] = new JsonObject { ["field"] = VegaLiteContext.Field(ctx.Value), ["type"] = "quantitative", ["title"] = ctx.Value, ["scale"] = new JsonObject { ["zero"] = false } },
        };
        var above = ScatterLabelSides.Above(spec.XValues!, [.. spec.Series[0].Values.Select(v => v!.Value)], spec.Categories, theme.Width / (theme.ValueSize * 0.56));
        var below = new JsonArray([.. spec.Categories.Where((_, i) => !above[i]).Select(c => (JsonNode)c)]);
        var layers = new JsonArray
        {
            new JsonObject { ["mark"] = new JsonObject { ["type"] = "point", ["filled"] = true, ["size"] = 90, ["shape"] = theme.Shape, ["color"] = theme.Colors[0], ["opacity"] = 0.9 } },
        };
        layers.Add(Names(ctx, below.Count == 0 ? null : new JsonObject { ["not"] = OneOf(ctx, below) }, placeBelow: false));
        if (below.Count > 0)
        {
            layers.Add(Names(ctx, OneOf(ctx, below.DeepClone().AsArray()), placeBelow: true));
        }

        ctx.Root["layer"] = layers;
    }

    private static JsonObject OneOf(VegaLiteContext ctx, JsonArray names) => new() { ["field"] = VegaLiteContext.Field(ctx.Category), ["oneOf"] = names };

    private static JsonObject Names(VegaLiteContext ctx, JsonObject? filter, bool placeBelow)
    {
        var layer = new JsonObject();
        if (filter is not null)
        {
            layer["transform"] = new JsonArray { new JsonObject { ["filter"] = filter } };
        }

        layer["mark"] = new JsonObject { ["type"] = "text", ["fontSize"] = ctx.Theme.ValueSize, ["baseline"] = placeBelow ? "top" : "bottom", ["dy"] = placeBelow ? 9 : -9 };
        layer["encoding"] = new JsonObject { ["text"] = new JsonObject { ["field"] = VegaLiteContext.Field(ctx.Category) } };
        return layer;
    }
}
