namespace Cosyn.Families.Charts;

/// <summary>The axis of the template kinds: box groups, histogram bins (filled by the data stage), funnel stages, bridge steps, trading days.</summary>
internal static class ChartKindAxis
{
    public static ChartAxisBuilder.Axis Build(ChartTemplate template, string figureType, int year, SeededRandom random)
    {
        switch (template.Kind)
        {
            case ChartTemplateKinds.Observations when figureType == ChartFigureTypes.Box:
                {
                    var count = Math.Min(template.Categories.Count, random.Next(3, 7));
                    var chosen = random.Sample(template.Categories, count).ToHashSet(StringComparer.Ordinal);
                    var groups = template.Categories.Where(chosen.Contains).ToList();
                    return new ChartAxisBuilder.Axis(template.Label ?? "Group", groups, [.. template.Categories.Where(c => !chosen.Contains(c))], year, year);
                }

            case ChartTemplateKinds.Observations:
                // Histogram bins depend on the observations, so the data stage names them.
                return new ChartAxisBuilder.Axis("Bin", [], [], year, year);

            case ChartTemplateKinds.Stages:
                return new ChartAxisBuilder.Axis(template.Label ?? "Stage", template.Categories, [], year, year);

            case ChartTemplateKinds.Bridge:
                {
                    var ups = random.Sample(template.Increases, Math.Min(template.Increases.Count, random.Next(1, 4))).ToHashSet(StringComparer.Ordinal);
                    var downs = random.Sample(template.Decreases, Math.Min(template.Decreases.Count, random.Next(2, 4))).ToHashSet(StringComparer.Ordinal);

                    // Steps keep the template's order (gains first, then costs), between the two levels.
                    List<string> steps = [template.Start, .. template.Increases.Where(ups.Contains), .. template.Decreases.Where(downs.Contains), template.End];
                    return new ChartAxisBuilder.Axis(template.Label ?? "Step", steps, [], year, year);
                }

            case ChartTemplateKinds.Ohlc:
                {
                    var month = random.Next(1, 13);
                    var day = new DateOnly(year, month, random.Next(1, 8));
                    var days = new List<string>();
                    var count = random.Next(10, 16);
                    while (days.Count < count)
                    {
                        if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
                        {
                            days.Add(day.ToString("MMM d", CultureInfo.InvariantCulture));
                        }

                        day = day.AddDays(1);
                    }

                    var name = new DateOnly(year, month, 1).ToString("MMMM", CultureInfo.InvariantCulture);
                    return new ChartAxisBuilder.Axis("Date", days, [], year, year, name);
                }

            default:
                throw new InvalidOperationException($"Unknown template kind '{template.Kind}' in {template.Id}.");
        }
    }
}
