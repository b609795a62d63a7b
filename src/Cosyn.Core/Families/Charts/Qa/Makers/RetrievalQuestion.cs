using Cosyn.Families.Shared.Qa;

namespace Cosyn.Families.Charts.Qa.Makers;

/// <summary>"What is the X for C?": read one labelled value.</summary>
public sealed class RetrievalQuestion : QuestionMaker<ChartFacts>
{
    protected override bool Fits(ChartFacts facts) => !facts.IsScatter;

    protected override ChartQuestion? Make(ChartFacts facts, SeededRandom random)
    {
        var cells = (from s in Enumerable.Range(0, facts.SeriesCount)
                     from c in Enumerable.Range(0, facts.Categories.Count)
                     where facts.Value(s, c) is not null
                     select (s, c)).ToList();
        var (series, category) = random.Pick(cells);
        var question = RetrievalPhrase(facts, random, series, facts.Categories[category]);
        var answer = QaNumber.Value(facts.Value(series, category)!.Value);
        var explanation = $"Locate {facts.Categories[category]} in the chart: {facts.Read(series, category)}. So the answer is {answer}.";
        var pool = cells.Select(x => facts.Value(x.s, x.c)!.Value);
        return ChartQuestions.ShortAnswer("retrieval", question, explanation, answer, ChartStats.NumericDistractors(answer, pool, random));
    }

    /// <summary>The retrieval phrasing for a category (which may be one the chart does not show).</summary>
    internal static string RetrievalPhrase(ChartFacts facts, SeededRandom random, int series, string category)
    {
        if (facts.SeriesCount > 1)
        {
            return facts.Bank.Phrase("retrieval-series", random, facts.Slots(("{s}", facts.Spec.Series[series].Name), ("{c}", category)));
        }

        return facts.Bank.Phrase(facts.IsTime ? "retrieval-time" : "retrieval", random, facts.Slots(("{c}", category)));
    }
}
