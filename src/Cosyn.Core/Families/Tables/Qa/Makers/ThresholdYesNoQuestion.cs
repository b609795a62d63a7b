using Cosyn.Families.Charts.Qa;
using Cosyn.Families.Shared.Qa;

namespace Cosyn.Families.Tables.Qa.Makers;

/// <summary>Yes/no: is one cell above a round threshold.</summary>
public sealed class ThresholdYesNoQuestion : ThresholdQuestion
{
    protected override ChartQuestion Ask(TableFacts facts, int c, List<(int Row, decimal Value)> present, decimal t, SeededRandom random)
    {
        var (r, v) = random.Pick(present);
        var row = facts.Spec.Rows[r].Name;
        var threshold = QaNumber.Value(t);
        var question = facts.Bank.Phrase("yn-threshold", random, facts.Slots(facts.ColumnSlots(c, ("{row}", row), ("{t}", threshold))));
        var explanation = $"The {facts.Spec.Columns[c].Name} value for {row} is {QaNumber.Value(v)}, which is {(v > t ? "above" : "below")} {threshold}.";
        return TableQuestions.YesNo("yn-threshold", question, explanation, v > t);
    }
}
