using Cosyn.Families.Shared.Qa;

namespace Cosyn.Families.Charts.Qa.Makers;

/// <summary>A short written summary: what is plotted, the extremes, and the overall trend or relationship.</summary>
public sealed class SummaryQuestion : QuestionMaker<ChartFacts>
{
    protected override ChartQuestion? Make(ChartFacts facts, SeededRandom random)
    {
        var spec = facts.Spec;
        var sentences = new List<string> { $"This {spec.FigureType} chart, titled \"{spec.Title}\", {Subject(facts)}." };
        if (facts.IsScatter)
        {
            var y = facts.Complete(0)!;
            var top = Array.IndexOf(y, y.Max());
            var r = ChartStats.Pearson(facts.XValues, y);
            var relation = r >= 0.3 ? "a positive relationship" : r <= -0.3 ? "a negative relationship" : "no clear relationship";
            sentences.Add($"{facts.Categories[top]} has the highest {facts.Measure} ({QaNumber.Value(y[top])}{facts.UnitSuffix}).");
            sentences.Add($"Overall the points show {relation} between {ChartFacts.MeasurePhrase(spec.XMeasure!.Name)} and {facts.Measure}.");
        }
        else
        {
            var cells = (from s in Enumerable.Range(0, facts.SeriesCount)
                         from c in Enumerable.Range(0, facts.Categories.Count)
                         where facts.Value(s, c) is not null
                         select (s, c, v: facts.Value(s, c)!.Value)).ToList();
            var max = cells.MaxBy(x => x.v);
            var min = cells.MinBy(x => x.v);
            sentences.Add($"The highest value is {QaNumber.Value(max.v)}{facts.UnitSuffix} ({Where(facts, max.s, max.c)}) and the lowest is {QaNumber.Value(min.v)}{facts.UnitSuffix} ({Where(facts, min.s, min.c)}).");
            if (facts.IsTime && facts.SeriesCount == 1 && facts.Complete(0) is { } values)
            {
                var direction = values[^1] > values[0] ? "rising" : "falling";
                sentences.Add($"From {facts.Categories[0]} to {facts.Categories[^1]} the {facts.Measure} ends up {direction}, from {QaNumber.Value(values[0])} to {QaNumber.Value(values[^1])}.");
            }
            else if (spec.IsPartOfWhole && facts.SeriesCount == 1 && facts.Complete(0) is { } parts)
            {
                sentences.Add($"Together the {facts.CategoryPlural} add up to {QaNumber.Value(parts.Sum())}{facts.UnitSuffix}.");
            }
        }

        var answer = string.Join(" ", sentences);
        var question = facts.Bank.Phrase("summary", random, facts.Slots());
        var explanation = "Read the title and axis labels to see what is plotted, scan the labelled values for the largest and smallest, then describe the overall pattern.";
        return new ChartQuestion(QaFamily.Summary, "summary", new QaPair(question, explanation, answer), []);
    }

    private static string Subject(ChartFacts facts)
    {
        var spec = facts.Spec;
        if (facts.IsScatter)
        {
            return $"plots {spec.Measure.Label} against {spec.XMeasure!.Label} for {facts.Categories.Count} {facts.CategoryPlural}";
        }

        var series = facts.SeriesCount > 1 ? $" for {facts.SeriesCount} series ({ChartWords.List([.. spec.Series.Select(s => s.Name)])})" : string.Empty;
        var span = spec.AxisKind == ChartAxisKind.Time ? $" from {facts.Categories[0]} to {facts.Categories[^1]}" : $" across {facts.Categories.Count} {facts.CategoryPlural}";
        return $"shows {spec.Measure.Label}{series}{span}";
    }

    private static string Where(ChartFacts facts, int s, int c) =>
        facts.SeriesCount > 1 ? $"{facts.Spec.Series[s].Name}, {facts.Categories[c]}" : facts.Categories[c];
}
