using System.Text.Json.Nodes;

namespace Cosyn.Families.Charts.Writers.VegaLite;

/// <summary>
/// The inline <c>data.values</c>: one row per category (wide), or per category and series (long) for multi-series charts
/// and heatmaps; the raw observations for histograms and box plots, which Vega-Lite bins and summarises itself.
/// </summary>
internal static class VegaLiteRows
{
    public static JsonArray For(ChartSpec spec)
    {
        if (spec.Distribution is { } distribution)
        {
            return Observations(spec, distribution);
        }

        var rows = new JsonArray();
        for (var c = 0; c < spec.Categories.Count; c++)
        {
            if (!spec.IsMultiSeries)
            {
                var row = new JsonObject { [spec.CategoryLabel] = spec.Categories[c] };
                if (spec.XMeasure is not null && spec.XValues is not null)
                {
                    row[spec.XMeasure.Label] = Number(spec.XValues[c], spec.XMeasure.Decimals);
                }

                row[spec.Measure.Label] = Number(spec.Series[0].Values[c], spec.Measure.Decimals);
                if (spec.SizeMeasure is not null && spec.SizeValues is not null)
                {
                    row[spec.SizeMeasure.Label] = Number(spec.SizeValues[c], spec.SizeMeasure.Decimals);
                }

                rows.Add(row);
                continue;
            }

            foreach (var series in spec.Series)
            {
                rows.Add(new JsonObject
                {
                    [spec.CategoryLabel] = spec.Categories[c],
                    [VegaLiteContext.SeriesField] = series.Name,
                    [spec.Measure.Label] = Number(series.Values[c], spec.Measure.Decimals),
                });
            }
        }

        return rows;
    }

    // Box plots: one group,value row per observation (long form); histograms: one value per row.
    private static JsonArray Observations(ChartSpec spec, ChartDistribution distribution)
    {
        var box = spec.FigureType == ChartFigureTypes.Box;
        var rows = new JsonArray();
        for (var g = 0; g < distribution.Groups.Count; g++)
        {
            foreach (var value in distribution.Groups[g])
            {
                var row = new JsonObject();
                if (box)
                {
                    row[spec.CategoryLabel] = spec.Categories[g];
                }

                row[spec.Measure.Label] = Number(value, spec.Measure.Decimals);
                rows.Add(row);
            }
        }

        return rows;
    }

    // Rounded to the measure's decimals so binary noise never reaches the spec; null stays null (a missing reading).
    private static JsonValue? Number(double? value, int decimals) => value is { } v ? JsonValue.Create(Math.Round(v, decimals)) : null;
}
