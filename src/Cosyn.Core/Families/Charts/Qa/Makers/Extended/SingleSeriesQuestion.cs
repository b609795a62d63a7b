namespace Cosyn.Families.Charts.Qa.Makers.Extended;

/// <summary>A question on a chart of one gap-free series with every bar labelled (waterfall steps, funnel stages): its values along the bar names.</summary>
public abstract class SingleSeriesQuestion : QuestionMaker<ChartFacts>
{
    protected sealed override ChartQuestion? Make(ChartFacts facts, SeededRandom random) =>
        Ask(facts, facts.Complete(0)!, facts.Categories, random);

    /// <summary>The question, from the bar labels <paramref name="values"/> of the bars <paramref name="names"/>.</summary>
    protected abstract ChartQuestion? Ask(ChartFacts facts, decimal[] values, IReadOnlyList<string> names, SeededRandom random);
}
