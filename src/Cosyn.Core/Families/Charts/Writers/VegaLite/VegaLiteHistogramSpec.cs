using System.Text.Json.Nodes;

namespace Cosyn.Families.Charts.Writers.VegaLite;

/// <summary>
/// Histograms binned by Vega-Lite at the chart's fixed edges (<c>nice</c> off, so a bin holds values from its lower edge
/// up to its upper one), with the count printed on every bar.
/// </summary>
internal static class VegaLiteHistogramSpec
{
    public static void Write(VegaLiteContext ctx)
    {
        var (spec, theme) = (ctx.Spec, ctx.Theme);
        var edges = spec.Distribution!.BinEdges!;
        var bin = new JsonObject
        {
            ["extent"] = new JsonArray { edges[0], edges[^1] },
            ["step"] = Math.Round(edges[1] - edges[0], 6),
            ["nice"] = false,
        };
        ctx.Root["encoding"] = new JsonObject
        {
            ["x"] = new JsonObject
            {
                ["field"] = VegaLiteContext.Field(ctx.Value),
                ["bin"] = bin,
                ["type"] = "quantitative",
                ["title"] = ctx.Value,
                ["axis"] = new JsonObject { ["values"] = new JsonArray([.. edges.Select(e => (JsonNode)e)]), ["labelAngle"] = edges.Count > 11 ? -45 : 0, ["format"] = $".{Decimals(edges)}f" },
            },
            ["y"] = new JsonObject { ["aggregate"] = "count", ["type"] = "quantitative", ["title"] = ChartAxisTitles.For(spec).Y },
        };
        ctx.Root["layer"] = new JsonArray
        {
            new JsonObject { ["mark"] = new JsonObject { ["type"] = "bar", ["color"] = theme.Colors[0], ["stroke"] = "white", ["strokeWidth"] = 1, ["binSpacing"] = 0 } },
            new JsonObject
            {
                ["mark"] = new JsonObject { ["type"] = "text", ["fontSize"] = theme.ValueSize, ["baseline"] = "bottom", ["dy"] = -4 },
                ["encoding"] = new JsonObject { ["text"] = new JsonObject { ["aggregate"] = "count", ["type"] = "quantitative" } },
            },
        };
    }

    // The fewest decimals that print every edge exactly (2.5-wide bins need one, whole widths none).
    private static int Decimals(IReadOnlyList<double> edges)
    {
        var decimals = 0;
        while (decimals < 4 && edges.Any(e => Math.Abs(e - Math.Round(e, decimals)) > 1e-9))
        {
            decimals++;
        }

        return decimals;
    }
}
