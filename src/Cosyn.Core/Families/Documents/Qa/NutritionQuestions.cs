using Cosyn.Families.Charts.Qa;
using Cosyn.Families.Documents.Builders;

using static Cosyn.Families.Documents.Qa.DocumentQuestion;

namespace Cosyn.Families.Documents.Qa;

/// <summary>Nutrition label arithmetic: %DV from the FDA daily value, calories per container, amounts for several servings, "high in" (20% DV or more).</summary>
internal static class NutritionQuestions
{
    public static IEnumerable<ChartQuestion> Make(DocumentSpec spec, SeededRandom random)
    {
        if (spec.Kind != DocumentKinds.NutritionLabel)
        {
            yield break;
        }

        var table = spec.Tables[0];
        var servings = spec.Field("Servings per container")!.Number!.Value;
        var calories = spec.Field("Calories")!.Number!.Value;
        yield return Number("calc-container-calories", "How many calories are in the whole container?",
            $"{N(calories)} calories per serving × {N(servings)} servings = {N(calories * servings)} calories.", calories * servings, 0);
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var name = table.RowName(r);
            var amount = table.Number(r, NutritionLabelBuilder.Amount)!.Value;
            var unit = table.Text(r, NutritionLabelBuilder.Unit)!;
            if (NutritionRounding.DailyValues.TryGetValue(name, out var dv))
            {
                var percent = NutritionRounding.PercentDailyValue(name, amount);
                yield return Number("calc-dv", $"What percent of the Daily Value of {name} does one serving provide?",
                    $"{N(amount)} {unit} ÷ {N(dv)} {unit} daily value × 100 = {N(Math.Round(amount / dv * 100, 2))}, which rounds to {N(percent)}%.", percent, 0);
                yield return YesNo("yn-high", $"Is one serving high in {name}, meaning 20% or more of the Daily Value?",
                    $"One serving gives {N(percent)}% of the Daily Value, which is {(percent >= 20 ? "at least" : "below")} 20%.", percent >= 20);
            }

            if (amount > 0)
            {
                var k = random.Next(2, 5);
                yield return Number("calc-servings", $"How many {unit} of {name} are in {DocumentFormat.Whole(k)} servings?",
                    $"{N(amount)} {unit} per serving × {DocumentFormat.Whole(k)} = {N(amount * k)} {unit}.", amount * k);
            }
        }
    }
}
