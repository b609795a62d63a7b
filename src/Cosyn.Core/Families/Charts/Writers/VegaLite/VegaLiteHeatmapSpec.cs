using System.Text.Json.Nodes;

namespace Cosyn.Families.Charts.Writers.VegaLite;

/// <summary>Heatmaps as <c>rect</c> marks: one row per series, one column per category, every cell's value printed on it in a colour that contrasts with the cell.</summary>
internal static class VegaLiteHeatmapSpec
{
    // Whether the scheme's high end is its dark end (single-hue "light to dark" schemes) or its light end (viridis, magma, cividis).
    private static readonly (string Name, bool DarkHigh)[] Schemes =
        [("viridis", false), ("blues", true), ("magma", false), ("orangered", true), ("tealblues", true), ("cividis", false), ("purples", true), ("greens", true)];

    public static void Write(VegaLiteContext ctx, SeededRandom random)
    {
        var (spec, theme) = (ctx.Spec, ctx.Theme);
        var (scheme, darkHigh) = random.Pick(Schemes);
        var present = spec.Series.SelectMany(s => s.Values).OfType<double>().ToList();
        var middle = Math.Round((present.Min() + present.Max()) / 2, spec.Measure.Decimals + 1);
        var category = ctx.CategoryChannel();
        category["axis"]!["labelAngle"] = ctx.SlantLabels ? -35 : 0;
        category["axis"]!["orient"] = random.Chance(0.3) ? "top" : "bottom";
        ctx.Root["transform"] = new JsonArray { ctx.ValidValues() };
        ctx.Root["encoding"] = new JsonObject
        {
            ["x"] = category,
            ["y"] = new JsonObject { ["field"] = VegaLiteContext.SeriesField, ["type"] = "nominal", ["sort"] = new JsonArray([.. spec.Series.Select(s => (JsonNode)s.Name)]), ["title"] = null },
        };
        ctx.Root["layer"] = new JsonArray
        {
            new JsonObject
            {
                ["mark"] = new JsonObject { ["type"] = "rect", ["stroke"] = theme.Background, ["strokeWidth"] = random.Chance(0.5) ? 2 : 0 },
                ["encoding"] = new JsonObject
                {
                    ["color"] = new JsonObject
                    {
                        ["field"] = VegaLiteContext.Field(ctx.Value),
                        ["type"] = "quantitative",
                        ["title"] = ctx.Value,
                        ["scale"] = new JsonObject { ["scheme"] = scheme },
                        ["legend"] = new JsonObject { ["orient"] = "right", ["gradientLength"] = Math.Min(theme.Height, 240) },
                    },
                },
            },
            new JsonObject
            {
                ["mark"] = new JsonObject { ["type"] = "text", ["fontSize"] = theme.ValueSize },
                ["encoding"] = new JsonObject
                {
                    ["text"] = ctx.ValueText(),
                    // White on the darker half of the scheme, black on the lighter half.
                    ["color"] = new JsonObject
                    {
                        ["condition"] = new JsonObject { ["test"] = $"{VegaLiteContext.Datum(ctx.Value)} {(darkHigh ? ">" : "<")} {middle.ToString(System.Globalization.CultureInfo.InvariantCulture)}", ["value"] = "white" },
                        ["value"] = "black",
                    },
                },
            },
        };
    }
}
