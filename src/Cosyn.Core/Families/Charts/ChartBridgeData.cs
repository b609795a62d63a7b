namespace Cosyn.Families.Charts;

/// <summary>
/// Waterfall data: the first category is the starting level, the middle ones signed changes, the last the end level,
/// which equals the start plus every change exactly (the sum is taken in decimal after rounding).
/// </summary>
internal static class ChartBridgeData
{
    public static ChartSpec Generate(ChartPlan plan, ChartMeasure measure, SeededRandom random)
    {
        var template = plan.Template;
        var step = (decimal)Math.Pow(10, -measure.Decimals);
        var start = Round(random.NextDouble(template.Range[0], template.Range[1]), measure.Decimals);
        var floor = start * 0.2m;
        var level = start;
        var changes = new List<decimal>();
        var used = new HashSet<decimal>();
        foreach (var name in plan.Categories.Skip(1).SkipLast(1))
        {
            var sign = template.Increases.Contains(name) ? 1 : -1;
            var size = Round(random.NextDouble(template.Steps[0], template.Steps[1]), measure.Decimals);
            if (sign < 0 && level - size < floor)
            {
                // Costs never sink the level below a fifth of the start, so every bar stays visibly above zero.
                size = Math.Max(step, Round((double)(level - floor) * random.NextDouble(0.3, 0.8), measure.Decimals));
            }

            // Distinct sizes keep "largest increase / decrease" single-answer.
            while (!used.Add(size))
            {
                size += step;
            }

            changes.Add(sign * size);
            level += sign * size;
        }

        List<double?> values = [(double)start, .. changes.Select(c => (double?)(double)c), (double)level];
        return new ChartSpec(plan.FigureType, plan.Title, plan.Domain, plan.CategoryLabel, ChartAxisKind.Category, plan.Categories, measure,
            [new ChartSeries(measure.Name, values)], IsPartOfWhole: false, Unshown: []);
    }

    private static decimal Round(double value, int decimals) => Math.Round((decimal)value, decimals, MidpointRounding.AwayFromZero);
}
