using Cosyn.Families.Shared.Qa;

namespace Cosyn.Families.Charts.Qa.Makers;

/// <summary>"Which series has the highest value for C?" in multi-series charts.</summary>
public sealed class SeriesExtremumQuestion : QuestionMaker<ChartFacts>
{
    protected override bool Fits(ChartFacts facts) => facts.SeriesCount >= 2;

    protected override ChartQuestion? Make(ChartFacts facts, SeededRandom random)
    {
        var full = Enumerable.Range(0, facts.Categories.Count).Where(c => Enumerable.Range(0, facts.SeriesCount).All(s => facts.Value(s, c) is not null)).ToList();
        var category = random.Pick(full);
        var values = Enumerable.Range(0, facts.SeriesCount).Select(s => facts.Value(s, category)!.Value).ToArray();
        var rank = ChartStats.RankDescending(values);
        if (rank is null)
        {
            return null;
        }

        var highest = random.Chance(0.5);
        var index = highest ? rank[0] : rank[^1];
        var name = facts.Categories[category];
        var question = facts.Bank.Phrase(highest ? "max-series-at" : "min-series-at", random, facts.Slots(("{c}", name)));
        var answer = facts.Spec.Series[index].Name;
        var readings = string.Join("; ", Enumerable.Range(0, facts.SeriesCount).Select(s => facts.Read(s, category)));
        var explanation = $"For {name}: {readings}. The {(highest ? "highest" : "lowest")} is {QaNumber.Value(values[index])}, from {answer}. So the answer is {answer}.";
        var distractors = facts.Spec.Series.Select(s => s.Name).Where(n => n != answer).ToList();
        return ChartQuestions.ShortAnswer(highest ? "max-series" : "min-series", question, explanation, answer, distractors);
    }
}
