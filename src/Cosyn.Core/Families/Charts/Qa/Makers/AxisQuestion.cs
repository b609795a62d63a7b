namespace Cosyn.Families.Charts.Qa.Makers;

/// <summary>Reading the chart's frame: the unit of a measure or what the category axis represents.</summary>
public sealed class AxisQuestion : QuestionMaker<ChartFacts>
{
    protected override ChartQuestion? Make(ChartFacts facts, SeededRandom random)
    {
        var spec = facts.Spec;
        var measure = facts.IsScatter && random.Chance(0.5) ? spec.XMeasure! : spec.Measure;
        if (measure.Unit.Length > 0 && (facts.IsPie || random.Chance(0.5)))
        {
            var phrase = ChartFacts.MeasurePhrase(measure.Name);
            var question = facts.Bank.Phrase("unit", random, facts.Slots(("{m}", phrase)), facts.IsScatter ? "{m}" : null);
            var explanation = $"The label \"{measure.Label}\" gives the unit in parentheses. So the answer is {measure.Unit}.";
            return ChartQuestions.ShortAnswer("unit", question, explanation, measure.Unit);
        }

        if (facts.IsPie)
        {
            return null;
        }

        var horizontal = spec.FigureType == ChartFigureTypes.HorizontalBar;
        var (label, answer) = facts.IsScatter ? (spec.XMeasure!.Label, spec.XMeasure.Name) : (spec.CategoryLabel, spec.CategoryLabel);
        var axis = horizontal ? "y-axis" : "x-axis";
        var q = facts.Bank.Phrase(axis, random, facts.Slots());
        return ChartQuestions.ShortAnswer("axis", q, $"The {axis} is labelled \"{label}\". So the answer is {answer}.", answer);
    }
}
