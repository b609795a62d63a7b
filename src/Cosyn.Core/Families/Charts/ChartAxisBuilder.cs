namespace Cosyn.Families.Charts;

/// <summary>Resolves a template's axis into concrete categories: a run of months, quarters or years, or a subset of names.</summary>
internal static class ChartAxisBuilder
{
    private static readonly string[] Months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    private static readonly string[] Weekdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

    /// <summary>The axis of a chart: label, categories, the unshown neighbours, and the years the title may cite.</summary>
    public sealed record Axis(string Label, IReadOnlyList<string> Categories, IReadOnlyList<string> Unshown, int StartYear, int EndYear, string Month = "");

    public static Axis Build(ChartTemplate template, string figureType, SeededRandom random)
    {
        // Heatmaps, two-unit charts and labelled multi-series radars crowd like multi-series charts: fewer periods.
        var multi = ChartFigureTypes.IsMultiSeries(figureType) || figureType is ChartFigureTypes.Heatmap or ChartFigureTypes.DualAxis;
        var year = random.Next(2016, 2025);
        if (template.Kind is not null)
        {
            return ChartKindAxis.Build(template, figureType, year, random);
        }

        switch (template.Axis)
        {
            case ChartTemplateAxes.Month:
                {
                    // Several labelled series over 12 months crowd the plot, so multi-series charts show half a year.
                    if (multi || random.Chance(0.25))
                    {
                        var firstHalf = random.Chance(0.5);
                        return new Axis("Month", Months[firstHalf ? ..6 : 6..], Months[firstHalf ? 6..9 : 3..6], year, year);
                    }

                    return new Axis("Month", Months, [], year, year);
                }

            case ChartTemplateAxes.Quarter:
                {
                    var count = multi ? random.Next(5, 7) : random.Next(5, 9);
                    var start = random.Next(2016, 2025 - ((count + 3) / 4));
                    var labels = Enumerable.Range(0, count + 1).Select(i => $"Q{(i % 4) + 1} {start + (i / 4)}").ToList();
                    return new Axis("Quarter", labels[..count], [labels[count]], start, start + ((count - 1) / 4));
                }

            case ChartTemplateAxes.Year:
                {
                    var count = multi ? random.Next(5, 8) : random.Next(6, 11);
                    var start = random.Next(2006, 2025 - count);
                    var labels = Enumerable.Range(start, count + 1).Select(y => y.ToString(CultureInfo.InvariantCulture)).ToList();
                    return new Axis("Year", labels[..count], [labels[count]], start, start + count - 1);
                }

            case ChartTemplateAxes.Weekday:
                return new Axis("Day", Weekdays, [], year, year);

            default:
                {
                    var (min, max) = CategoryCount(figureType);
                    var count = Math.Min(template.Categories.Count, random.Next(min, max + 1));
                    var chosen = random.Sample(template.Categories, count).ToHashSet(StringComparer.Ordinal);

                    // Keep the template's natural order (age bands, transects); unchosen ones are askable but absent.
                    var categories = template.Categories.Where(chosen.Contains).ToList();
                    var unshown = template.Categories.Where(c => !chosen.Contains(c)).ToList();
                    return new Axis(template.Label ?? "Category", categories, unshown, year, year);
                }
        }
    }

    private static (int Min, int Max) CategoryCount(string figureType) => figureType switch
    {
        ChartFigureTypes.Pie or ChartFigureTypes.Donut => (3, 6),
        ChartFigureTypes.GroupedBar or ChartFigureTypes.StackedBar => (3, 5),
        ChartFigureTypes.Scatter or ChartFigureTypes.Bubble => (6, 9),
        ChartFigureTypes.Radar => (5, 8),
        ChartFigureTypes.Heatmap => (4, 6),
        _ => (4, 7),
    };
}
