using Cosyn.Families.Shared.Qa;

namespace Cosyn.Families.Charts.Qa.Makers.Extended;

/// <summary>Bubble sizes, which every bubble's label prints: one size, the largest or smallest bubble, or a difference.</summary>
public sealed class BubbleSizeQuestion : QuestionMaker<ChartFacts>
{
    protected override ChartQuestion? Make(ChartFacts facts, SeededRandom random)
    {
        if (facts.Spec.SizeMeasure is not { } measure || facts.Spec.SizeValues is not { } raw)
        {
            return null;
        }

        var sizes = raw.Select(QaNumber.Exact).ToArray();
        var names = facts.Categories;
        var phrase = ChartFacts.MeasurePhrase(measure.Name);
        var listed = string.Join(", ", names.Select((n, i) => $"{n} {QaNumber.Value(sizes[i])}"));
        var roll = random.NextDouble();
        if (roll < 0.35)
        {
            var i = random.Next(names.Count);
            var answer = QaNumber.Value(sizes[i]);
            var q = facts.Bank.Phrase("bubble-size", random, facts.Slots(("{sm}", phrase), ("{c}", names[i])));
            return ChartQuestions.ShortAnswer("bubble-size", q, $"The bubble for {names[i]} is labelled {ExtendedQa.WithUnit(sizes[i], measure.Unit)}. So the answer is {answer}.", answer,
                ChartStats.NumericDistractors(answer, sizes, random));
        }

        if (roll < 0.75)
        {
            var max = random.Chance(0.5);
            var target = max ? sizes.Max() : sizes.Min();
            var answer = names[Array.IndexOf(sizes, target)];
            var q = facts.Bank.Phrase(max ? "bubble-max" : "bubble-min", random, facts.Slots(("{sm}", phrase)));
            var explanation = $"Bubble area shows the {phrase}, and each bubble is labelled with it: {listed}. The {(max ? "largest" : "smallest")} is {QaNumber.Value(target)}, for {answer}. So the answer is {answer}.";
            return ChartQuestions.ShortAnswer(max ? "bubble-max" : "bubble-min", q, explanation, answer, ExtendedQa.NameDistractors(names, answer, random));
        }

        var (a, b) = ExtendedQa.OrderedPair(names.Count, random);
        var diff = Math.Abs(sizes[a] - sizes[b]);
        var result = QaNumber.Rounded(diff);
        var question = facts.Bank.Phrase("bubble-difference", random, facts.Slots(("{sm}", phrase), ("{a}", names[a]), ("{b}", names[b])));
        return ChartQuestions.ShortAnswer("bubble-difference", question,
            $"The bubble for {names[a]} is labelled {QaNumber.Value(sizes[a])} and the bubble for {names[b]} {QaNumber.Value(sizes[b])}. The difference is |{QaNumber.Value(sizes[a])} - {QaNumber.Value(sizes[b])}| = {result}. So the answer is {result}.",
            result);
    }
}
