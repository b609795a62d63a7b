using Cosyn.Families.Charts.Qa;
using Cosyn.Families.Shared.Qa;

namespace Cosyn.Families.Circuits;

/// <summary>
/// The circuit QA stage: from the typed circuit (never the image) it writes five or six short answers (mostly computed:
/// Ohm's law, combinations, divider, RC, RLC, op-amp gain), two multiple choice, a yes/no, an unanswerable question and a
/// summary. Computed answers are in the unit the question names, rounded to two decimals.
/// </summary>
public static class CircuitQaGenerator
{
    /// <summary>The fixed answer of every unanswerable circuit question.</summary>
    public const string NotAnswerable = "The circuit diagram does not provide this information.";

    public static IReadOnlyList<QaPair> Generate(CircuitSpec spec, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(random);
        var bank = ChartQuestionBank.Embedded("Cosyn.Circuits.CircuitQuestions.json");
        var quantities = CircuitAnalysis.Quantities(spec).Where(q => !CircuitAnswers.NearMidpoint(q.Value)).ToList();
        var shuffled = quantities.ToList();
        random.Shuffle(shuffled);
        var computed = shuffled.Select(q => CircuitAnswers.Computed(bank, q, random)).ToList();
        var lookups = CircuitLookups.Make(bank, spec, random);
        random.Shuffle(lookups);

        var choices = lookups.Where(MultipleChoice.CanConvert).Take(1).Concat(computed.Where(MultipleChoice.CanConvert).Take(1)).ToList();
        choices.AddRange(computed.Concat(lookups).Where(q => MultipleChoice.CanConvert(q) && !choices.Contains(q)).Take(2 - choices.Count));
        var rest = computed.Concat(lookups).Except(choices).ToList();
        var shorts = rest.Where(computed.Contains).Take(4).ToList();
        shorts.AddRange(rest.Except(shorts).Take(6 - shorts.Count));

        return QaMix.Write(
            shorts, choices, random, () => CircuitClosingQuestions.YesNo(bank, spec, quantities, random),
            () => CircuitClosingQuestions.Unanswerable(bank, spec, random), () => CircuitClosingQuestions.Summary(bank, spec, quantities, random));
    }
}
