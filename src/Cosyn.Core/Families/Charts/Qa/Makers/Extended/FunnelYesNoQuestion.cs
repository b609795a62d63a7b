using Cosyn.Families.Shared.Qa;

namespace Cosyn.Families.Charts.Qa.Makers.Extended;

/// <summary>"Did more than half of the users at A reach B?": a conversion rate against a round fraction, never a near tie.</summary>
public sealed class FunnelYesNoQuestion : SingleSeriesQuestion
{
    private static readonly (string Words, int Percent)[] Fractions = [("a quarter", 25), ("a third", 33), ("half", 50), ("two thirds", 67), ("three quarters", 75)];

    protected override ChartQuestion? Ask(ChartFacts facts, decimal[] values, IReadOnlyList<string> names, SeededRandom random)
    {
        var (a, b) = ExtendedQa.OrderedPair(names.Count, random);
        var rate = values[b] / values[a] * 100;
        var (words, percent) = random.Pick(Fractions);
        var plain = random.Chance(0.5);
        var limit = !plain ? percent : words switch { "a third" => 100m / 3, "two thirds" => 200m / 3, _ => percent };
        if (Math.Abs(rate - limit) < 3)
        {
            return null;
        }

        var slots = facts.Slots(("{a}", names[a]), ("{b}", names[b]), ("{frac}", words), ("{pct}", percent.ToString(CultureInfo.InvariantCulture)));
        var q = facts.Bank.Phrase("yn-funnel", random, slots, plain ? "{frac}" : "{pct}");
        var against = plain ? $"{words} ({QaNumber.Rounded(limit, 1)}%)" : $"{percent}%";
        var yes = rate > limit;
        return ChartQuestions.YesNo("yn-funnel", q,
            $"{names[b]} is labelled {QaNumber.Value(values[b])} and {names[a]} {QaNumber.Value(values[a])}: {QaNumber.Value(values[b])} / {QaNumber.Value(values[a])} × 100 = {QaNumber.Rounded(rate, 1)}%, which is {(yes ? "more" : "less")} than {against}.",
            yes);
    }
}
