namespace Cosyn.Families.Charts.Qa.Makers;

/// <summary>"Does Y tend to increase as X increases?" for scatter plots with a clear relationship.</summary>
public sealed class CorrelationYesNoQuestion : QuestionMaker<ChartFacts>
{
    /// <summary>Below this |r| the cloud has no clear direction and the question is not asked.</summary>
    public const double ClearCorrelation = 0.4;

    protected override bool Fits(ChartFacts facts) => facts.IsScatter;

    protected override ChartQuestion? Make(ChartFacts facts, SeededRandom random)
    {
        var r = ChartStats.Pearson(facts.XValues, facts.Complete(0)!);
        if (Math.Abs(r) < ClearCorrelation)
        {
            return null;
        }

        var (x, y) = (ChartFacts.MeasurePhrase(facts.Spec.XMeasure!.Name), facts.Measure);
        var question = facts.Bank.Phrase("yn-correlation", random, facts.Slots(("{x}", x), ("{y}", y)));
        var direction = r > 0 ? "rise from lower left to upper right" : "fall from upper left to lower right";
        var explanation = $"The points {direction}: the correlation between {x} and {y} across the {facts.Categories.Count} {facts.CategoryPlural} is r = {r.ToString("F2", CultureInfo.InvariantCulture)}, a clear {(r > 0 ? "positive" : "negative")} relationship.";
        return ChartQuestions.YesNo("correlation", question, explanation, r > 0);
    }
}
