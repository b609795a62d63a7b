using Cosyn.Families.Charts.Qa;
using Cosyn.Families.Shared.Qa;

namespace Cosyn.Families.Circuits;

/// <summary>Questions read or compared off the schematic: a labelled value, which resistor stands out, how many, which configuration.</summary>
public static class CircuitLookups
{
    private static readonly Dictionary<string, string> Empty = [];

    private static readonly string[] Configurations = ["inverting amplifier", "non-inverting amplifier", "voltage follower", "differential amplifier"];

    public static List<ChartQuestion> Make(ChartQuestionBank bank, CircuitSpec spec, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(bank);
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(random);
        var result = new List<ChartQuestion?>();
        var sourceId = spec.FigureType == CircuitFigureTypes.OpAmp ? "Vin" : "V1";
        result.Add(Value(bank, sourceId, spec.SourceVolts, "V", [], random));
        foreach (var part in random.Sample(spec.Parts, 2))
        {
            result.Add(Value(bank, part.Id, part.Value, part.Unit, spec.Parts.Where(p => p.Kind == part.Kind).Select(p => p.Value), random));
        }

        var resistors = spec.Resistors.ToList();
        switch (spec.FigureType)
        {
            case CircuitFigureTypes.Series or CircuitFigureTypes.Divider:
                result.Add(Largest(bank, "largest-drop", resistors, largest: true, "In series the same current flows through every resistor, so by V = I × R the largest resistance has the largest voltage across it", random));
                result.Add(Largest(bank, "largest-power", resistors, largest: true, "With one current through all of them, P = I² × R is largest for the largest resistance", random));
                break;
            case CircuitFigureTypes.Parallel:
                result.Add(Largest(bank, "largest-current", resistors, largest: false, "Every branch has the same voltage across it, so by I = V / R the smallest resistance carries the most current", random));
                result.Add(Largest(bank, "largest-power", resistors, largest: false, "With the same voltage across every branch, P = V² / R is largest for the smallest resistance", random));
                break;
            case CircuitFigureTypes.OpAmp:
                var answer = spec.Inverting ? Configurations[0] : Configurations[1];
                var how = spec.Inverting
                    ? "The input signal reaches the inverting (−) input through Rin, the non-inverting (+) input is grounded and Rf feeds the output back to the − input"
                    : "The input signal goes straight to the non-inverting (+) input, while Rf and Rg to ground form the feedback divider on the − input";
                result.Add(new ChartQuestion(QaFamily.ShortAnswer, "configuration", new QaPair(bank.Phrase("configuration", random, Empty), $"{how}, so this is a {answer}.", answer), [.. Configurations.Where(c => c != answer)]));
                break;
        }

        if (spec.FigureType is CircuitFigureTypes.Series or CircuitFigureTypes.Parallel)
        {
            var n = resistors.Count;
            var names = string.Join(", ", resistors.Select(r => r.Id));
            result.Add(new ChartQuestion(QaFamily.ShortAnswer, "count", new QaPair(bank.Phrase("count", random, Empty), $"The schematic shows the resistors {names}, which is {n}.", $"{n}"), [$"{n + 1}", $"{n - 1}", $"{n + 2}"]));
        }

        return [.. result.OfType<ChartQuestion>()];
    }

    private static ChartQuestion Value(ChartQuestionBank bank, string id, decimal value, string unit, IEnumerable<decimal> others, SeededRandom random)
    {
        var (scaled, prefix) = SiQuantity.Scale(value);
        var factor = SiQuantity.Factor(prefix);
        var answer = SiQuantity.Number(scaled);
        var question = bank.Phrase("value", random, new Dictionary<string, string> { ["{id}"] = id, ["{unit}"] = prefix + unit });
        var wrong = others.Select(o => SiQuantity.Number(o / factor)).Concat([SiQuantity.Number(scaled * 10), SiQuantity.Number(scaled / 10), SiQuantity.Number(scaled * 2)])
            .Where(w => w != answer).Distinct().Take(3);
        return new ChartQuestion(QaFamily.ShortAnswer, "value", new QaPair(question, $"The label next to {id} reads {SiQuantity.Format(value, unit)}, which is {answer} {prefix}{unit}.", answer), [.. wrong]);
    }

    private static ChartQuestion? Largest(ChartQuestionBank bank, string kind, List<CircuitPart> resistors, bool largest, string reason, SeededRandom random)
    {
        var ordered = largest ? resistors.OrderByDescending(r => r.Value).ToList() : resistors.OrderBy(r => r.Value).ToList();
        if (ordered[0].Value == ordered[1].Value)
        {
            return null;
        }

        var values = string.Join(", ", resistors.Select(CircuitText.Named));
        var explanation = $"{reason}. The resistors are {values}; the {(largest ? "largest" : "smallest")} is {CircuitText.Named(ordered[0])}.";
        return new ChartQuestion(QaFamily.ShortAnswer, kind, new QaPair(bank.Phrase(kind, random, Empty), explanation, ordered[0].Id), [.. ordered.Skip(1).Select(r => r.Id)]);
    }
}
