using Cosyn.Families.Charts.Qa;
using Cosyn.Families.Shared.Qa;

namespace Cosyn.Families.Tables.Qa.Makers;

/// <summary>Row groups: which group has the highest total in an additive column, or one group's total.</summary>
public sealed class GroupQuestion : QuestionMaker<TableFacts>
{
    protected override ChartQuestion? Make(TableFacts facts, SeededRandom random)
    {
        var groups = facts.Spec.RowGroups;
        if (groups.Count < 2 || facts.AdditiveColumns.Count == 0)
        {
            return null;
        }

        var c = random.Pick(facts.AdditiveColumns);
        var totals = groups.Select(g => (g.Name, Values: g.Rows.Select(r => facts.Value(r, c)).OfType<decimal>().ToList())).Select(g => (g.Name, g.Values, Sum: g.Values.Sum())).ToList();
        var working = string.Join("; ", totals.Select(g => $"{g.Name}: {TableFacts.Sum(g.Values)} = {QaNumber.Value(g.Sum)}"));
        if (random.Chance(0.5))
        {
            var g = random.Pick(totals);
            var answer = QaNumber.Value(g.Sum);
            var question = facts.Bank.Phrase("group-sum", random, facts.Slots(facts.ColumnSlots(c, ("{grp}", g.Name))));
            var explanation = $"Add the {facts.Spec.Columns[c].Name} values of the rows in {g.Name}: {TableFacts.Sum(g.Values)} = {answer}. So the answer is {answer}.";
            return QaQuestions.ShortAnswer("group-sum", question, explanation, answer, [.. totals.Where(o => o.Name != g.Name).Select(o => QaNumber.Value(o.Sum))]);
        }

        if (totals.Select(g => g.Sum).Distinct().Count() < totals.Count)
        {
            return null;
        }

        var top = totals.MaxBy(g => g.Sum);
        var ask = facts.Bank.Phrase("group-max", random, facts.Slots(facts.ColumnSlots(c)));
        var why = $"Total the {facts.Spec.Columns[c].Name} column within each {facts.Slots()["{gl}"]}: {working}. The largest total is {QaNumber.Value(top.Sum)}, for {top.Name}. So the answer is {top.Name}.";
        return QaQuestions.ShortAnswer("group-max", ask, why, top.Name, [.. totals.Where(o => o.Name != top.Name).Select(o => o.Name)]);
    }
}
