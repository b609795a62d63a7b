using static Cosyn.Families.Charts.ChartFigureTypes;

namespace Cosyn.Families.Charts;

/// <summary>
/// Decides which figure types suit a template: lines for time, pies only for parts, scatter for two measures, and the
/// extended types only where the data has their shape (a third measure, observations, stages, a bridge, prices).
/// </summary>
public static class ChartTemplateFit
{
    /// <summary>Figure types <paramref name="template"/> can be drawn as.</summary>
    public static IReadOnlyList<string> FigureTypesFor(ChartTemplate template)
    {
        ArgumentNullException.ThrowIfNull(template);
        switch (template.Kind)
        {
            case ChartTemplateKinds.Observations:
                return [Histogram, Box];
            case ChartTemplateKinds.Stages:
                return [Funnel];
            case ChartTemplateKinds.Bridge:
                return [Waterfall];
            case ChartTemplateKinds.Ohlc:
                return [Candlestick];
        }

        if (template.Axis == ChartTemplateAxes.Xy)
        {
            return template.Size is null ? [Scatter] : [Scatter, Bubble];
        }

        var types = new List<string>();
        var positive = template.Range[0] >= 0;

        // A radar needs enough spokes and values on one non-negative scale.
        var radar = positive && (template.Axis == ChartTemplateAxes.Weekday || (template.Axis == ChartTemplateAxes.Category && template.Categories.Count >= 5));
        if (template.Series.Count > 0)
        {
            types.Add(GroupedBar);
            if (template.IsTimeAxis)
            {
                types.Add(MultiLine);
            }

            // Stacking negative values or non-additive measures (temperatures, rates) would mislead.
            if (template.Parts && positive)
            {
                types.Add(StackedBar);
            }

            // A matrix worth colouring needs at least three rows.
            if (template.Series.Count >= 3)
            {
                types.Add(Heatmap);
            }

            if (radar)
            {
                types.Add(Radar);
            }

            return types;
        }

        types.Add(Bar);
        if (template.IsTimeAxis)
        {
            types.AddRange([Line, Area]);
        }
        else
        {
            types.Add(HorizontalBar);
        }

        if (template.Parts && positive)
        {
            types.AddRange([Pie, Donut]);
        }

        if (radar)
        {
            types.Add(Radar);
        }

        if (template.Second is not null && template.IsTimeAxis)
        {
            types.Add(DualAxis);
        }

        return types;
    }
}
