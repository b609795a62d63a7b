using Cosyn.Families.Shared.Qa;

namespace Cosyn.Families.Charts.Qa.Makers.Extended;

/// <summary>A short written summary of a histogram, box plot, waterfall, candlestick or dual-axis chart: what it shows and its key numbers.</summary>
public sealed class ExtendedSummaryQuestion : QuestionMaker<ChartFacts>
{
    protected override ChartQuestion? Make(ChartFacts facts, SeededRandom random)
    {
        var spec = facts.Spec;
        var opening = $"This {spec.FigureType} chart, titled \"{spec.Title}\",";
        var body = spec.FigureType switch
        {
            ChartFigureTypes.Histogram => Histogram(facts),
            ChartFigureTypes.Box => Box(facts),
            ChartFigureTypes.Waterfall => Waterfall(facts),
            ChartFigureTypes.Candlestick => Candlestick(facts),
            ChartFigureTypes.DualAxis => DualAxis(facts),
            _ => null,
        };
        if (body is null)
        {
            return null;
        }

        var question = facts.Bank.Phrase("summary", random, facts.Slots());
        var explanation = "Read the title and axis labels to see what is plotted, then pick out the key labelled numbers and the overall pattern.";
        return new ChartQuestion(QaFamily.Summary, "summary", new QaPair(question, explanation, $"{opening} {body}"), []);
    }

    private static string Histogram(ChartFacts facts)
    {
        var h = new HistogramBins(facts);
        var mode = Array.IndexOf(h.Counts, h.Counts.Max());
        return $"shows how the {facts.Measure} of {h.Total} {h.Subject} is distributed over {h.Counts.Length} bins from {QaNumber.Value(h.Edges[0])} to {QaNumber.Value(h.Edges[^1])}{h.UnitSuffix}. "
            + $"The most common range is {h.Labels[mode]}{h.UnitSuffix}, with {h.Counts[mode]} {h.Subject}.";
    }

    private static string Box(ChartFacts facts)
    {
        var box = new BoxStats(facts);
        var (hi, lo) = (Array.IndexOf(box.Median, box.Median.Max()), Array.IndexOf(box.Median, box.Median.Min()));
        var wide = Array.IndexOf(box.Iqr, box.Iqr.Max());
        return $"compares the distribution of {facts.Measure} across {facts.Categories.Count} {facts.CategoryPlural}. "
            + $"{facts.Categories[hi]} has the highest median ({QaNumber.Value(box.Median[hi])}{facts.UnitSuffix}) and {facts.Categories[lo]} the lowest ({QaNumber.Value(box.Median[lo])}{facts.UnitSuffix}); "
            + $"{facts.Categories[wide]} is the most spread out, with quartiles from {QaNumber.Value(box.Q1[wide])} to {QaNumber.Value(box.Q3[wide])}.";
    }

    private static string Waterfall(ChartFacts facts)
    {
        var v = facts.Complete(0)!;
        var names = facts.Categories;
        var steps = Enumerable.Range(1, v.Length - 2).ToList();
        var text = $"walks the {facts.Measure} from {names[0]} ({QaNumber.Value(v[0])}{facts.UnitSuffix}) to {names[^1]} ({QaNumber.Value(v[^1])}{facts.UnitSuffix}), a net change of {ExtendedQa.Signed(v[^1] - v[0])}.";
        var up = steps.Where(i => v[i] > 0).ToList();
        var down = steps.Where(i => v[i] < 0).ToList();
        if (up.Count > 0)
        {
            var best = up.MaxBy(i => v[i]);
            text += $" The largest increase is {names[best]} ({ExtendedQa.Signed(v[best])}).";
        }

        if (down.Count > 0)
        {
            var worst = down.MinBy(i => v[i]);
            text += $" The largest decrease is {names[worst]} ({ExtendedQa.Signed(v[worst])}).";
        }

        return text;
    }

    private static string Candlestick(ChartFacts facts)
    {
        var close = facts.Complete(3)!;
        var days = facts.Categories;
        var top = Array.IndexOf(close, close.Max());
        var direction = close[^1] > close[0] ? "up" : "down";
        return $"shows daily open, high, low and close {facts.Measure} from {days[0]} to {days[^1]}. "
            + $"The close went from {QaNumber.Value(close[0])} to {QaNumber.Value(close[^1])}{facts.UnitSuffix}, {direction} over the period, and the highest close was {QaNumber.Value(close[top])} on {days[top]}.";
    }

    private static string DualAxis(ChartFacts facts)
    {
        var spec = facts.Spec;
        var parts = Enumerable.Range(0, 2).Select(s =>
        {
            var values = facts.Complete(s)!;
            var top = Array.IndexOf(values, values.Max());
            return $"{ChartFacts.MeasurePhrase(spec.MeasureOf(s).Name)} peaks at {QaNumber.Value(values[top])} in {facts.Categories[top]}";
        }).ToList();
        return $"plots {spec.Measure.Label} as bars on the left axis and {spec.SecondMeasure!.Label} as a line on the right axis, from {facts.Categories[0]} to {facts.Categories[^1]}. "
            + $"The {parts[0]}, while the {parts[1]}.";
    }
}
