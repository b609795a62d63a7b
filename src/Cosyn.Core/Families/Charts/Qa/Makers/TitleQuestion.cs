namespace Cosyn.Families.Charts.Qa.Makers;

/// <summary>"What is the title of the chart?"</summary>
public sealed class TitleQuestion : QuestionMaker<ChartFacts>
{
    protected override ChartQuestion? Make(ChartFacts facts, SeededRandom random)
    {
        var title = facts.Spec.Title;
        return ChartQuestions.ShortAnswer("title", facts.Bank.Phrase("title", random, facts.Slots()), $"The title shown above the plot reads \"{title}\". So the answer is {title}.", title);
    }
}
