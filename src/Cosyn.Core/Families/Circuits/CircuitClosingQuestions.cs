using Cosyn.Families.Charts.Qa;
using Cosyn.Families.Shared.Qa;
using Cosyn.Families.Tables.Qa;

namespace Cosyn.Families.Circuits;

/// <summary>The yes/no, unanswerable and summary questions of a circuit sample.</summary>
public static class CircuitClosingQuestions
{
    private static readonly decimal[] ThresholdFactors = [0.6m, 0.8m, 1.25m, 1.5m];

    /// <summary>A threshold on a computed quantity (or, for an op-amp stage, whether it inverts).</summary>
    public static ChartQuestion YesNo(ChartQuestionBank bank, CircuitSpec spec, IReadOnlyList<CircuitQuantity> quantities, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(bank);
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(quantities);
        ArgumentNullException.ThrowIfNull(random);
        if (spec.FigureType == CircuitFigureTypes.OpAmp && random.Chance(0.3))
        {
            var how = spec.Inverting
                ? "The signal enters the inverting (−) input, so the gain −Rf / Rin is negative and the output has the opposite sign."
                : "The signal enters the non-inverting (+) input, so the gain 1 + Rf / Rg is positive and the output keeps the input's sign.";
            return TableQuestions.YesNo("yes-no", bank.Phrase("yn-invert", random, new Dictionary<string, string>()), how, spec.Inverting);
        }

        var quantity = random.Pick(quantities);
        var unit = CircuitAnswers.DisplayUnit(quantity);
        var shown = CircuitAnswers.Displayed(quantity, quantity.Value);
        // Never a threshold on the value itself: "greater than" would hinge on the last floating-point digit.
        var threshold = random.Sample(ThresholdFactors, ThresholdFactors.Length).Select(f => TwoSignificant(shown * f)).First(t => Math.Abs(t - shown) > Math.Abs(shown) / 50);
        var question = bank.Phrase("yn-threshold", random, new Dictionary<string, string>
        {
            ["{noun}"] = quantity.Noun,
            ["{t}"] = QaNumber.Value(threshold),
            ["{unit}"] = unit,
        }).Replace(" ?", "?", StringComparison.Ordinal);
        var yes = shown > threshold;
        var unitText = unit.Length == 0 ? string.Empty : " " + unit;
        var compare = $"{quantity.Working} That is {CircuitText.Plain(shown)}{unitText}, which is {(yes ? "greater" : "not greater")} than {QaNumber.Value(threshold)}{unitText}.";
        return TableQuestions.YesNo("yes-no", question, compare, yes);
    }

    public static ChartQuestion Unanswerable(ChartQuestionBank bank, CircuitSpec spec, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(bank);
        ArgumentNullException.ThrowIfNull(spec);
        var id = random.Pick(spec.Parts).Id;
        var question = bank.Phrase("unanswerable", random, new Dictionary<string, string> { ["{id}"] = id });
        var explanation = "The schematic gives only each part's designator and nominal value (and the source voltage); it says nothing about tolerances, ratings, makers, wiring or test conditions, so this cannot be answered from the diagram.";
        return new ChartQuestion(QaFamily.Unanswerable, "unanswerable", new QaPair(question, explanation, CircuitQaGenerator.NotAnswerable), []);
    }

    public static ChartQuestion Summary(ChartQuestionBank bank, CircuitSpec spec, IReadOnlyList<CircuitQuantity> quantities, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(bank);
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(quantities);
        var source = spec.FigureType switch
        {
            CircuitFigureTypes.OpAmp => $"an input of {SiQuantity.Format(spec.SourceVolts, "V")} on ±{SiQuantity.Number(spec.SupplyVolts)} V supply rails",
            CircuitFigureTypes.Rlc => $"a {SiQuantity.Format(spec.SourceVolts, "V")} RMS AC source V1",
            _ => $"a {SiQuantity.Format(spec.SourceVolts, "V")} DC source V1",
        };
        var what = spec.FigureType switch
        {
            CircuitFigureTypes.Series => "a series circuit",
            CircuitFigureTypes.Parallel => "a parallel circuit",
            CircuitFigureTypes.Divider => "a voltage divider with its output taken across R2",
            CircuitFigureTypes.Rc => "an RC low-pass circuit with its output taken across C1",
            CircuitFigureTypes.Rlc => "a series RLC circuit",
            _ => spec.Inverting ? "an inverting op-amp amplifier" : "a non-inverting op-amp amplifier",
        };
        var parts = string.Join(", ", spec.Parts.Select(p => $"{p.Id} ({p.Label})"));
        var key = quantities.Take(2).Select(q => $"the {q.Noun} is {CircuitText.Show(q.Value, q.Unit)}");
        var answer = $"This circuit diagram, titled \"{spec.Title}\", shows {what} with {source} and {parts}. From these values, {string.Join(" and ", key)}.";
        var explanation = "A summary names the circuit's purpose (its title), its topology, the source and every labelled part, then the main results that follow from the values.";
        return new ChartQuestion(QaFamily.Summary, "summary", new QaPair(bank.Phrase("summary", random, new Dictionary<string, string>()), explanation, answer), []);
    }


    // A round threshold, e.g. 3.46 -> 3.5 and 0.0123 -> 0.012, so the question reads naturally.
    private static decimal TwoSignificant(decimal value)
    {
        if (value == 0)
        {
            return 0;
        }

        var digits = 1 - (int)Math.Floor(Math.Log10((double)Math.Abs(value)));
        if (digits >= 0)
        {
            return Math.Round(value, digits, MidpointRounding.AwayFromZero);
        }

        var unit = (decimal)Math.Pow(10, -digits);
        return Math.Round(value / unit, MidpointRounding.AwayFromZero) * unit;
    }
}
