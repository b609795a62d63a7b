using Cosyn.Families.Charts.Qa;

namespace Cosyn.Families.Tables.Qa.Makers;

/// <summary>A question about one highlighted cell, drawn at random; a table without highlights gets none.</summary>
public abstract class HighlightedCellQuestion : QuestionMaker<TableFacts>
{
    protected override bool Fits(TableFacts facts) => facts.Spec.Highlight is not null;

    protected sealed override ChartQuestion? Make(TableFacts facts, SeededRandom random)
    {
        var highlight = facts.Spec.Highlight!;
        return Ask(facts, highlight, random.Pick(highlight.Cells), random);
    }

    /// <summary>The question about <paramref name="cell"/>, one of the cells <paramref name="highlight"/> marks.</summary>
    protected abstract ChartQuestion Ask(TableFacts facts, TableHighlight highlight, TableCellRef cell, SeededRandom random);
}
