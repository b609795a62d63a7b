using Cosyn.Families.Shared.Qa;

namespace Cosyn.Families.Charts.Qa.Makers;

/// <summary>A question the chart cannot answer: a missing reading, a category it does not show, a forecast, or the data's provenance.</summary>
public sealed class UnanswerableQuestion : QuestionMaker<ChartFacts>
{
    protected override ChartQuestion? Make(ChartFacts facts, SeededRandom random)
    {
        var gaps = (from s in Enumerable.Range(0, facts.SeriesCount)
                    from c in Enumerable.Range(0, facts.Categories.Count)
                    where facts.Value(s, c) is null
                    select (s, c)).ToList();
        if (gaps.Count > 0 && random.Chance(0.6))
        {
            var (s, c) = random.Pick(gaps);
            var question = RetrievalQuestion.RetrievalPhrase(facts, random, s, facts.Categories[c]);
            return ChartQuestions.Unanswerable("missing", question, $"{ChartWords.Capitalize(facts.Mark(s, c))} is missing: the line has a gap there and no value is labelled, so the chart does not report it.");
        }

        var unshown = facts.Spec.Unshown ?? [];
        var roll = random.NextDouble();
        if (unshown.Count > 0 && roll < 0.45)
        {
            var name = random.Pick(unshown);
            var question = RetrievalQuestion.RetrievalPhrase(facts, random, random.Next(facts.SeriesCount), name);
            return ChartQuestions.Unanswerable("unshown", question, $"The chart only covers {ChartWords.List(facts.Categories)}; {name} is not among them, so its value cannot be read from the chart.");
        }

        if (facts.IsTime && unshown.Count > 0 && roll < 0.75)
        {
            var next = unshown[0];
            var question = facts.Bank.Phrase("unanswerable-forecast", random, facts.Slots(("{u}", next)));
            return ChartQuestions.Unanswerable("forecast", question, $"The chart ends at {facts.Categories[^1]} and reports only observed values; it gives no value or projection for {next}.");
        }

        var q = facts.Bank.Phrase("unanswerable-method", random, facts.Slots());
        return ChartQuestions.Unanswerable("provenance", q, "The chart shows only the values, title and axis labels; it says nothing about how, by whom or from how many observations the data were collected.");
    }
}
