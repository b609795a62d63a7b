using Cosyn.Families.Charts.Qa;
using Cosyn.Families.Shared.Qa;

namespace Cosyn.Families.Circuits;

/// <summary>Computed questions: the quantity in the unit its prefix suggests, rounded to two decimals, with slips as wrong options.</summary>
public static class CircuitAnswers
{
    /// <summary>
    /// Whether rounding to two decimals in the display unit sits on a knife edge (…5 at the third decimal), where a
    /// reader's floating-point order could round the other way; such quantities are not asked.
    /// </summary>
    public static bool NearMidpoint(decimal value)
    {
        var hundredths = Math.Abs(SiQuantity.Scale(value).Scaled) * 100;
        return Math.Abs(hundredths - Math.Floor(hundredths) - 0.5m) < 0.000001m;
    }

    /// <summary>The unit a question names for <paramref name="quantity"/>, e.g. <c>mA</c>; empty for a ratio.</summary>
    public static string DisplayUnit(CircuitQuantity quantity)
    {
        ArgumentNullException.ThrowIfNull(quantity);
        return quantity.Unit.Length == 0 ? string.Empty : SiQuantity.Scale(quantity.Value).Prefix + quantity.Unit;
    }

    /// <summary>The value in the display unit (a ratio as it is).</summary>
    public static decimal Displayed(CircuitQuantity quantity, decimal value)
    {
        ArgumentNullException.ThrowIfNull(quantity);
        return quantity.Unit.Length == 0 ? value : value / SiQuantity.Factor(SiQuantity.Scale(quantity.Value).Prefix);
    }

    public static ChartQuestion Computed(ChartQuestionBank bank, CircuitQuantity quantity, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(bank);
        ArgumentNullException.ThrowIfNull(quantity);
        var unit = DisplayUnit(quantity);
        var kind = unit.Length == 0 ? "ratio" : "quantity";
        var question = bank.Phrase(kind, random, new Dictionary<string, string> { ["{noun}"] = quantity.Noun, ["{unit}"] = unit });
        var shown = Displayed(quantity, quantity.Value);
        var answer = QaNumber.Rounded(shown, 2);
        var rounding = unit.Length == 0 ? $"Rounded to two decimal places: {answer}." : $"In {unit}, rounded to two decimal places: {answer}.";
        var wrong = quantity.Mistakes.Select(m => Displayed(quantity, m))
            .Concat([shown * 2, shown / 2, shown * 1.5m, shown * 0.8m])
            .Select(w => QaNumber.Rounded(w, 2))
            .Where(w => w != answer)
            .Distinct()
            .Take(3);
        return new ChartQuestion(QaFamily.ShortAnswer, quantity.Noun, new QaPair(question, $"{quantity.Working} {rounding}", answer), [.. wrong]);
    }
}
