using Cosyn.Families.Shared.Qa;

namespace Cosyn.Families.Charts.Qa.Makers;

/// <summary>Counting: categories, series, or categories above a round threshold.</summary>
public sealed class CountQuestion : QuestionMaker<ChartFacts>
{
    protected override ChartQuestion? Make(ChartFacts facts, SeededRandom random)
    {
        var roll = random.NextDouble();
        if (roll < 0.4 && ChartTarget.Pick(facts, random) is { } target && (facts.SeriesCount == 1 || facts.IsScatter))
        {
            // Scatter values are read off the axis, so their threshold keeps a wider berth from every point.
            var threshold = ChartStats.Threshold(target.Values, random, facts.IsScatter ? 0.05m : 0.02m);
            if (threshold is { } t)
            {
                var above = facts.Categories.Where((_, i) => target.Values[i] > t).ToList();
                var tText = QaNumber.Value(t);
                var question = facts.Bank.Phrase("count-above", random, facts.Slots(("{m}", target.Measure), ("{t}", tText)));
                var answer = above.Count.ToString(CultureInfo.InvariantCulture);
                var explanation = $"{target.Describe(facts)} The ones above {tText} are {(above.Count == 0 ? "none" : ChartWords.List(above))}, which is {answer}. So the answer is {answer}.";
                return ChartQuestions.ShortAnswer("count-above", question, explanation, answer, CountDistractors(above.Count));
            }
        }

        if (roll > 0.75 && facts.SeriesCount > 1)
        {
            var names = facts.Spec.Series.Select(s => s.Name).ToList();
            var n = names.Count.ToString(CultureInfo.InvariantCulture);
            return ChartQuestions.ShortAnswer(
                "count-series",
                facts.Bank.Phrase("count-series", random, facts.Slots()),
                $"The legend lists {names.Count} series: {ChartWords.List(names)}. So the answer is {n}.",
                n,
                CountDistractors(names.Count));
        }

        var count = facts.Categories.Count.ToString(CultureInfo.InvariantCulture);
        return ChartQuestions.ShortAnswer(
            "count-categories",
            facts.Bank.Phrase("count-categories", random, facts.Slots()),
            $"The chart shows these {facts.CategoryPlural}: {ChartWords.List(facts.Categories)}. Counting them gives {count}. So the answer is {count}.",
            count,
            CountDistractors(facts.Categories.Count));
    }

    private static List<string> CountDistractors(int n) =>
        [.. new[] { n + 1, n - 1, n + 2, n - 2 }.Where(x => x >= 0).Take(3).Select(x => x.ToString(CultureInfo.InvariantCulture))];
}
