using Cosyn.Families.Charts.Qa;
using Cosyn.Families.Shared.Qa;

namespace Cosyn.Families.Tables.Qa.Makers;

/// <summary>Counting: how many rows have a column value above a threshold (unreported cells do not count).</summary>
public sealed class CountAboveQuestion : ThresholdQuestion
{
    protected override ChartQuestion Ask(TableFacts facts, int c, List<(int Row, decimal Value)> present, decimal t, SeededRandom random)
    {
        var above = present.Where(p => p.Value > t).ToList();
        var answer = above.Count.ToString(CultureInfo.InvariantCulture);
        var threshold = QaNumber.Value(t);
        var question = facts.Bank.Phrase("count-above", random, facts.Slots(facts.ColumnSlots(c, ("{t}", threshold))));
        var names = ChartWords.List([.. above.Select(p => $"{facts.Spec.Rows[p.Row].Name} ({QaNumber.Value(p.Value)})")]);
        var explanation = $"Check each value in the {facts.Spec.Columns[c].Name} column against {threshold}: {names} {(above.Count == 1 ? "is" : "are")} above it. That is {answer}. So the answer is {answer}.";
        return QaQuestions.ShortAnswer("count-above", question, explanation, answer,
            [.. new[] { above.Count - 1, above.Count + 1, present.Count - above.Count, above.Count + 2 }.Where(n => n >= 0).Select(n => n.ToString(CultureInfo.InvariantCulture))]);
    }
}
