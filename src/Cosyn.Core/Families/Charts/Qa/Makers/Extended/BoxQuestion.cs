using Cosyn.Families.Shared.Qa;

namespace Cosyn.Families.Charts.Qa.Makers.Extended;

/// <summary>Box plots, whose median and quartiles are annotated: read one statistic, compute an IQR, compare medians or spreads.</summary>
public sealed class BoxQuestion : QuestionMaker<ChartFacts>
{
    protected override ChartQuestion? Make(ChartFacts facts, SeededRandom random)
    {
        var box = new BoxStats(facts);
        var groups = facts.Categories;
        var unit = facts.Spec.Measure.Unit;
        var c = random.Next(groups.Count);
        var slots = facts.Slots(("{c}", groups[c]));
        var roll = random.NextDouble();
        if (roll < 0.3)
        {
            var (kind, values, name) = random.Pick([("box-median", box.Median, "median"), ("box-q1", box.Q1, "lower quartile (Q1)"), ("box-q3", box.Q3, "upper quartile (Q3)")]);
            var answer = QaNumber.Value(values[c]);
            return ChartQuestions.ShortAnswer(kind, facts.Bank.Phrase(kind, random, slots),
                $"The {name} of the {groups[c]} box is annotated as {ExtendedQa.WithUnit(values[c], unit)}. So the answer is {answer}.", answer,
                ChartStats.NumericDistractors(answer, [box.Q1[c], box.Median[c], box.Q3[c], .. box.Median], random));
        }

        if (roll < 0.5)
        {
            var iqr = QaNumber.Rounded(box.Iqr[c]);
            return ChartQuestions.ShortAnswer("box-iqr", facts.Bank.Phrase("box-iqr", random, slots),
                $"The {groups[c]} box runs from Q1 = {QaNumber.Value(box.Q1[c])} to Q3 = {QaNumber.Value(box.Q3[c])}. The interquartile range is {QaNumber.Value(box.Q3[c])} - {QaNumber.Value(box.Q1[c])} = {iqr}. So the answer is {iqr}.", iqr,
                ChartStats.NumericDistractors(iqr, [box.Q3[c] - box.Median[c], box.Median[c] - box.Q1[c], .. box.Iqr], random));
        }

        if (roll < 0.8)
        {
            var widest = random.Chance(0.3);
            var max = widest || random.Chance(0.5);
            var values = widest ? box.Iqr : box.Median;
            var target = max ? values.Max() : values.Min();
            if (values.Count(v => v == target) > 1)
            {
                return null;
            }

            var answer = groups[Array.IndexOf(values, target)];
            var kind = widest ? "box-widest" : max ? "box-max" : "box-min";
            var listed = widest
                ? string.Join(", ", groups.Select((g, i) => $"{g} {QaNumber.Value(box.Q3[i])} - {QaNumber.Value(box.Q1[i])} = {QaNumber.Value(box.Iqr[i])}"))
                : string.Join(", ", groups.Select((g, i) => $"{g} {QaNumber.Value(box.Median[i])}"));
            var what = widest ? "interquartile ranges (Q3 - Q1)" : "annotated medians";
            return ChartQuestions.ShortAnswer(kind, facts.Bank.Phrase(kind, random, facts.Slots()),
                $"The {what} are: {listed}. The {(max ? "largest" : "smallest")} is {QaNumber.Value(target)}, for {answer}. So the answer is {answer}.", answer, ExtendedQa.NameDistractors(groups, answer, random));
        }

        var (a, b) = ExtendedQa.OrderedPair(groups.Count, random);
        var diff = QaNumber.Rounded(Math.Abs(box.Median[a] - box.Median[b]));
        return ChartQuestions.ShortAnswer("box-difference", facts.Bank.Phrase("box-difference", random, facts.Slots(("{a}", groups[a]), ("{b}", groups[b]))),
            $"The median of {groups[a]} is annotated as {QaNumber.Value(box.Median[a])} and that of {groups[b]} as {QaNumber.Value(box.Median[b])}. The difference is |{QaNumber.Value(box.Median[a])} - {QaNumber.Value(box.Median[b])}| = {diff}. So the answer is {diff}.", diff,
            ChartStats.NumericDistractors(diff, [box.Median[a], box.Median[b], Math.Abs(box.Q3[a] - box.Q3[b])], random));
    }
}
