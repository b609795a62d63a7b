using System.Text.Json.Nodes;

namespace Cosyn.Families.Charts.Writers.VegaLite;

/// <summary>Single-series vertical and horizontal bars with a text layer labelling every bar; negative bars in a second colour, labelled past their end.</summary>
internal static class VegaLiteBarSpec
{
    public static void Write(VegaLiteContext ctx)
    {
        var (spec, theme) = (ctx.Spec, ctx.Theme);
        var horizontal = spec.FigureType == ChartFigureTypes.HorizontalBar;
        var negative = spec.Series[0].Values.Any(v => v < 0);
        ctx.Root["encoding"] = horizontal
            ? new JsonObject { ["y"] = ctx.CategoryChannel(horizontal: true), ["x"] = ctx.ValueChannel() }
            : new JsonObject { ["x"] = ctx.CategoryChannel(), ["y"] = ctx.ValueChannel() };
        var bar = new JsonObject { ["mark"] = new JsonObject { ["type"] = "bar", ["color"] = theme.Colors[0], ["cornerRadiusEnd"] = theme.CornerRadius } };
        if (negative)
        {
            bar["encoding"] = new JsonObject
            {
                ["color"] = new JsonObject
                {
                    ["condition"] = new JsonObject { ["test"] = $"{VegaLiteContext.Datum(ctx.Value)} < 0", ["value"] = theme.Colors[1] },
                    ["value"] = theme.Colors[0],
                },
            };
        }

        var layers = new JsonArray { bar, Label(ctx, horizontal, below: false, filtered: negative) };
        if (negative)
        {
            layers.Add(Label(ctx, horizontal, below: true, filtered: true));
        }

        ctx.Root["layer"] = layers;
    }

    // The value just past the bar's end: above (right of) a positive bar, below (left of) a negative one.
    private static JsonObject Label(VegaLiteContext ctx, bool horizontal, bool below, bool filtered)
    {
        var mark = new JsonObject { ["type"] = "text", ["fontSize"] = ctx.Theme.ValueSize };
        if (horizontal)
        {
            mark["align"] = below ? "right" : "left";
            mark["dx"] = below ? -4 : 4;
        }
        else
        {
            mark["baseline"] = below ? "top" : "bottom";
            mark["dy"] = below ? 4 : -4;
        }

        var layer = new JsonObject();
        if (filtered)
        {
            layer["transform"] = new JsonArray { new JsonObject { ["filter"] = $"{VegaLiteContext.Datum(ctx.Value)} {(below ? "<" : ">=")} 0" } };
        }

        layer["mark"] = mark;
        layer["encoding"] = new JsonObject { ["text"] = ctx.ValueText() };
        return layer;
    }
}
