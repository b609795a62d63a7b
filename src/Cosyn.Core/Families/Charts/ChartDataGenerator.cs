namespace Cosyn.Families.Charts;

/// <summary>The data stage shared by chart pipelines: fills a <see cref="ChartPlan"/> with realistic values.</summary>
public static class ChartDataGenerator
{
    /// <summary>Makes the chart's values; a pure function of the plan and <paramref name="random"/>.</summary>
    public static ChartSpec Generate(ChartPlan plan, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(random);
        var template = plan.Template;
        var measure = new ChartMeasure(template.Measure, template.Unit, template.Decimals);
        switch (template.Kind)
        {
            case ChartTemplateKinds.Observations:
                return ChartObservationData.Generate(plan, measure, random);
            case ChartTemplateKinds.Stages:
                return ChartFunnelData.Generate(plan, measure, random);
            case ChartTemplateKinds.Bridge:
                return ChartBridgeData.Generate(plan, measure, random);
            case ChartTemplateKinds.Ohlc:
                return ChartOhlcData.Generate(plan, measure, random);
        }

        if (plan.FigureType == ChartFigureTypes.DualAxis)
        {
            return GenerateDualAxis(plan, measure, random);
        }

        var axisKind = template.Axis == ChartTemplateAxes.Xy ? ChartAxisKind.Numeric : template.IsTimeAxis ? ChartAxisKind.Time : ChartAxisKind.Category;
        if (axisKind == ChartAxisKind.Numeric)
        {
            return GenerateScatter(plan, measure, random);
        }

        var (low, high) = (template.Range[0], template.Range[1]);
        if (plan.FigureType == ChartFigureTypes.StackedBar)
        {
            // Thin segments cannot hold their value label; keep every part a visible slice of its stack.
            low = Math.Max(low, 0.3 * high);
        }

        var period = template.Axis == ChartTemplateAxes.Quarter ? 4 : template.Axis == ChartTemplateAxes.Weekday ? 7 : 12;
        var series = new List<ChartSeries>();
        foreach (var name in plan.SeriesNames)
        {
            // Each series lives in its own band of the range, so series differ in level as real ones do.
            var width = plan.SeriesNames.Count == 1 ? 1.0 : random.NextDouble(0.45, 0.8);
            var bandLow = low + ((high - low) * random.NextDouble(0, 1 - width));
            var raw = ChartValueShaper.Shape(template.Pattern, plan.Categories.Count, bandLow, bandLow + ((high - low) * width), period, random);
            var values = ChartValueShaper.RoundDistinct(raw, template.Decimals, high);
            series.Add(new ChartSeries(name, [.. values.Select(v => (double?)v)]));
        }

        if (template.Parts && ChartFigureTypes.IsPartOfWhole(plan.FigureType))
        {
            series[0] = ChartShareTies.Avoid(series[0], template.Decimals);
        }

        if (template.Missing && ChartFigureTypes.Connected.Contains(plan.FigureType) && random.Chance(0.35))
        {
            // One interior gap: a sensor outage or a survey that did not happen, drawn as a break in the line.
            var s = random.Next(series.Count);
            var values = series[s].Values.ToArray();
            values[random.Next(1, values.Length - 1)] = null;
            series[s] = series[s] with { Values = values };
        }

        return new ChartSpec(plan.FigureType, plan.Title, plan.Domain, plan.CategoryLabel, axisKind, plan.Categories, measure, series,
            template.Parts && template.Range[0] >= 0, Unshown: plan.Unshown);
    }

    private static ChartSpec GenerateScatter(ChartPlan plan, ChartMeasure measure, SeededRandom random)
    {
        var template = plan.Template;
        var x = template.X ?? throw new InvalidOperationException($"Scatter template {template.Id} has no x measure.");
        var n = plan.Categories.Count;
        var xFractions = Enumerable.Range(0, n).Select(_ => random.NextDouble(0.03, 0.97)).ToArray();
        var rho = template.Correlation;
        var yFractions = xFractions
            .Select(f => 0.5 + (0.42 * ((rho * ((2 * f) - 1)) + (Math.Sqrt(1 - (rho * rho)) * 0.6 * random.NextGaussian()))))
            .Select(f => Math.Clamp(f, 0.02, 0.98));
        var xValues = ChartValueShaper.RoundDistinct(xFractions.Select(f => x.Range[0] + (f * (x.Range[1] - x.Range[0]))), x.Decimals, x.Range[1]);
        var (low, high) = (template.Range[0], template.Range[1]);
        var yValues = ChartValueShaper.RoundDistinct(yFractions.Select(f => low + (f * (high - low))), template.Decimals, high);
        var series = new ChartSeries(template.Measure, [.. yValues.Select(v => (double?)v)]);
        var spec = new ChartSpec(plan.FigureType, plan.Title, plan.Domain, plan.CategoryLabel, ChartAxisKind.Numeric, plan.Categories, measure, [series],
            IsPartOfWhole: false, new ChartMeasure(x.Measure, x.Unit, x.Decimals), xValues, plan.Unshown);
        if (plan.FigureType != ChartFigureTypes.Bubble)
        {
            return spec;
        }

        var size = template.Size ?? throw new InvalidOperationException($"Bubble template {template.Id} has no size measure.");
        var sizes = ChartValueShaper.RoundDistinct(Enumerable.Range(0, n).Select(_ => random.NextDouble(size.Range[0], size.Range[1])), size.Decimals, size.Range[1]);
        return spec with { SizeMeasure = new ChartMeasure(size.Measure, size.Unit, size.Decimals), SizeValues = sizes };
    }

    // Each measure fills its own range (they sit on separate axes), shaped by its own pattern.
    private static ChartSpec GenerateDualAxis(ChartPlan plan, ChartMeasure measure, SeededRandom random)
    {
        var template = plan.Template;
        var second = template.Second ?? throw new InvalidOperationException($"Dual-axis template {template.Id} has no second measure.");
        var period = template.Axis == ChartTemplateAxes.Quarter ? 4 : 12;
        var n = plan.Categories.Count;
        var first = ChartValueShaper.RoundDistinct(ChartValueShaper.Shape(template.Pattern, n, template.Range[0], template.Range[1], period, random), template.Decimals, template.Range[1]);
        var other = ChartValueShaper.RoundDistinct(ChartValueShaper.Shape(second.Pattern, n, second.Range[0], second.Range[1], period, random), second.Decimals, second.Range[1]);
        ChartSeries[] series = [new(template.Measure, [.. first.Select(v => (double?)v)]), new(second.Measure, [.. other.Select(v => (double?)v)])];
        return new ChartSpec(plan.FigureType, plan.Title, plan.Domain, plan.CategoryLabel, ChartAxisKind.Time, plan.Categories, measure, series,
            IsPartOfWhole: false, Unshown: plan.Unshown, SecondMeasure: new ChartMeasure(second.Measure, second.Unit, second.Decimals));
    }
}
