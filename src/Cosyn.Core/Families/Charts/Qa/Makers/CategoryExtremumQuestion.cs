using Cosyn.Families.Shared.Qa;

namespace Cosyn.Families.Charts.Qa.Makers;

/// <summary>"Which C has the highest / lowest X?" over one series, or over a scatter's x or y measure.</summary>
public sealed class CategoryExtremumQuestion : QuestionMaker<ChartFacts>
{
    protected override ChartQuestion? Make(ChartFacts facts, SeededRandom random)
    {
        var highest = random.Chance(0.5);
        var word = highest ? "highest" : "lowest";
        var target = ChartTarget.Pick(facts, random);
        if (target is null)
        {
            return null;
        }

        var rank = ChartStats.RankDescending(target.Values);
        if (rank is null)
        {
            return null;
        }

        var position = highest ? 0 : rank.Length - 1;
        if (facts.IsScatter && !ChartStats.StandsClear(target.Values, rank, position, 0.04m))
        {
            return null;
        }

        var index = rank[position];
        string question;
        if (target.Series is { } s && facts.SeriesCount > 1)
        {
            question = facts.Bank.Phrase(highest ? "max-category-series" : "min-category-series", random, facts.Slots(("{s}", facts.Spec.Series[s].Name)));
        }
        else
        {
            var kind = (highest ? "max-" : "min-") + (facts.IsTime && random.Chance(0.5) ? "time" : "category");
            question = facts.Bank.Phrase(kind, random, facts.Slots(("{m}", target.Measure)), target.IsDefault ? null : "{m}");
        }

        var answer = facts.Categories[index];
        var explanation = $"{target.Describe(facts)} The {word} of these is {QaNumber.Value(target.Values[index])}, for {answer}. So the answer is {answer}.";
        var distractors = random.Sample(facts.Categories.Where(c => c != answer).ToList(), 3);
        return ChartQuestions.ShortAnswer(highest ? "max-category" : "min-category", question, explanation, answer, distractors);
    }
}
