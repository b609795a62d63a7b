namespace Cosyn.Families.Charts;

/// <summary>Funnel counts: the top stage from the template's range, each later stage keeping 38-85% of the one before.</summary>
internal static class ChartFunnelData
{
    public static ChartSpec Generate(ChartPlan plan, ChartMeasure measure, SeededRandom random)
    {
        var range = plan.Template.Range;
        var values = new List<double?>();
        var current = random.NextDouble(range[0], range[1]);
        foreach (var _ in plan.Categories)
        {
            var rounded = Math.Round(current, measure.Decimals, MidpointRounding.AwayFromZero);
            values.Add(values.Count > 0 && rounded >= values[^1] ? values[^1] - 1 : rounded);
            current *= random.NextDouble(0.38, 0.85);
        }

        return new ChartSpec(plan.FigureType, plan.Title, plan.Domain, plan.CategoryLabel, ChartAxisKind.Category, plan.Categories, measure,
            [new ChartSeries(measure.Name, values)], IsPartOfWhole: false, Unshown: plan.Unshown);
    }
}
