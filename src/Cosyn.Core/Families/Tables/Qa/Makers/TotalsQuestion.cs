using Cosyn.Families.Charts.Qa;

namespace Cosyn.Families.Tables.Qa.Makers;

/// <summary>A question about the table's totals row; a table without one gets none.</summary>
public abstract class TotalsQuestion : QuestionMaker<TableFacts>
{
    protected override bool Fits(TableFacts facts) => facts.Spec.Totals is not null;

    protected sealed override ChartQuestion? Make(TableFacts facts, SeededRandom random) => Ask(facts, facts.Spec.Totals!, random);

    /// <summary>The question, from the totals row's cells <paramref name="totals"/> (null for columns that are not added up).</summary>
    protected abstract ChartQuestion? Ask(TableFacts facts, IReadOnlyList<decimal?> totals, SeededRandom random);
}
