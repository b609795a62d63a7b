using Cosyn.Families.Shared.Qa;

namespace Cosyn.Families.Charts.Qa.Makers;

/// <summary>"Does C account for more than a quarter of the total?" for part-of-whole data.</summary>
public sealed class ShareYesNoQuestion : QuestionMaker<ChartFacts>
{
    private static readonly (string Words, decimal Percent)[] Fractions =
    [
        ("a tenth", 10m), ("a fifth", 20m), ("a quarter", 25m), ("a third", 100m / 3), ("half", 50m),
    ];

    protected override ChartQuestion? Make(ChartFacts facts, SeededRandom random)
    {
        if (ChartShare.Pick(facts, random) is not { } picked)
        {
            return null;
        }

        var (c, values, total, share) = picked;

        // Skip fractions within a point of the share: the answer should not hinge on rounding.
        var usable = Fractions.Where(f => Math.Abs(f.Percent - share) >= 1).ToList();
        var (words, percent) = random.Pick(usable);
        var name = facts.Categories[c];
        var question = facts.Bank.Phrase("yn-share", random, facts.Slots(("{c}", name), ("{frac}", words)));
        var explanation = $"{ChartWords.Capitalize(facts.Read(0, c))} out of a total of {QaNumber.Value(total)}, "
            + $"so its share is {QaNumber.Value(values[c])} / {QaNumber.Value(total)} × 100 = {QaNumber.Rounded(share, 1)}%. {ChartWords.Capitalize(words)} of the total is {QaNumber.Rounded(percent, 1)}%.";
        return ChartQuestions.YesNo("share", question, explanation, share > percent);
    }
}
