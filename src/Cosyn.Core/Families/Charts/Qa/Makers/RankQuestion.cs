using Cosyn.Families.Shared.Qa;

namespace Cosyn.Families.Charts.Qa.Makers;

/// <summary>"Which C has the second-highest / second-lowest X?"</summary>
public sealed class RankQuestion : QuestionMaker<ChartFacts>
{
    protected override ChartQuestion? Make(ChartFacts facts, SeededRandom random)
    {
        if (facts.SeriesCount > 1 || facts.Categories.Count < 4 || ChartTarget.Pick(facts, random) is not { } target)
        {
            return null;
        }

        var rank = ChartStats.RankDescending(target.Values);
        if (rank is null)
        {
            return null;
        }

        var highest = random.Chance(0.5);
        var position = highest ? 1 : rank.Length - 2;
        if (facts.IsScatter && !ChartStats.StandsClear(target.Values, rank, position, 0.04m))
        {
            return null;
        }

        var index = rank[position];
        var question = facts.Bank.Phrase(highest ? "second-highest" : "second-lowest", random, facts.Slots(("{m}", target.Measure)));
        var answer = facts.Categories[index];
        var order = string.Join(" > ", rank.Select(i => $"{facts.Categories[i]} ({QaNumber.Value(target.Values[i])})"));
        var explanation = $"{target.Describe(facts)} Sorted from highest to lowest: {order}. The second {(highest ? "highest" : "lowest")} is {answer}. So the answer is {answer}.";
        return ChartQuestions.ShortAnswer("rank", question, explanation, answer, random.Sample(facts.Categories.Where(c => c != answer).ToList(), 3));
    }
}
