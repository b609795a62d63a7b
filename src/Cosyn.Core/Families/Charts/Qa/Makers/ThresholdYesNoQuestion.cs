using Cosyn.Families.Shared.Qa;

namespace Cosyn.Families.Charts.Qa.Makers;

/// <summary>"Does any C have a value above T?" with T either inside the data's range (Yes) or above its maximum (No).</summary>
public sealed class ThresholdYesNoQuestion : QuestionMaker<ChartFacts>
{
    protected override ChartQuestion? Make(ChartFacts facts, SeededRandom random)
    {
        if (facts.IsScatter || facts.SeriesCount > 1 || facts.Complete(0) is not { } values)
        {
            return null;
        }

        var max = values.Max();
        var range = max - values.Min();
        var threshold = random.Chance(0.5)
            ? ChartStats.Threshold(values, random, 0.02m)
            : ChartStats.Threshold([.. values, max + (0.3m * range)], random, 0.02m) is { } t && t > max ? t : null;
        if (threshold is not { } limit)
        {
            return null;
        }

        var tText = QaNumber.Value(limit);
        var question = facts.Bank.Phrase("yn-any-above", random, facts.Slots(("{t}", tText)));
        var index = Array.IndexOf(values, max);
        var explanation = $"The largest labelled value is {QaNumber.Value(max)}{facts.UnitSuffix}, for {facts.Categories[index]}. "
            + $"{QaNumber.Value(max)} is {(max > limit ? "above" : "not above")} {tText}.";
        return ChartQuestions.YesNo("threshold", question, explanation, max > limit);
    }
}
