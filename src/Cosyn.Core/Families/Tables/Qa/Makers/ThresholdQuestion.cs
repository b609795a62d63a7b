using Cosyn.Families.Charts.Qa;

namespace Cosyn.Families.Tables.Qa.Makers;

/// <summary>
/// A question that compares a column's values with a round threshold between two of them (see
/// <see cref="TableQuestions.Threshold"/>); a column with fewer than three distinct values gets none.
/// </summary>
public abstract class ThresholdQuestion : QuestionMaker<TableFacts>
{
    protected sealed override ChartQuestion? Make(TableFacts facts, SeededRandom random)
    {
        var (c, present) = facts.PickColumn(random);
        return TableQuestions.Threshold([.. present.Select(p => p.Value)], random) is { } t ? Ask(facts, c, present, t, random) : null;
    }

    /// <summary>The question about column <paramref name="c"/>, whose reported values are <paramref name="present"/>, against threshold <paramref name="t"/>.</summary>
    protected abstract ChartQuestion Ask(TableFacts facts, int c, List<(int Row, decimal Value)> present, decimal t, SeededRandom random);
}
