using static Cosyn.Synthesis.Procedural.Charts.ChartFigureTypes;

namespace Cosyn.Synthesis.Procedural.Charts;

/// <summary>Decides which figure types suit a template: lines for time, pies only for parts, scatter for two measures.</summary>
public static class ChartTemplateFit
{
    /// <summary>Figure types <paramref name="template"/> can be drawn as.</summary>
    public static IReadOnlyList<string> FigureTypesFor(ChartTemplate template)
    {
        ArgumentNullException.ThrowIfNull(template);
        if (template.Axis == ChartTemplateAxes.Xy)
        {
            return [Scatter];
        }

        var types = new List<string>();
        if (template.Series.Count > 0)
        {
            types.Add(GroupedBar);
            if (template.IsTimeAxis)
            {
                types.Add(MultiLine);
            }

            // Stacking negative values or non-additive measures (temperatures, rates) would mislead.
            if (template.Parts && template.Range[0] >= 0)
            {
                types.Add(StackedBar);
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

        if (template.Parts && template.Range[0] >= 0)
        {
            types.AddRange([Pie, Donut]);
        }

        return types;
    }
}
