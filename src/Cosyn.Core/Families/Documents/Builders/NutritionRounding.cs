namespace Cosyn.Families.Documents.Builders;

/// <summary>
/// FDA label rounding (21 CFR 101.9(c)) for the nutrients we declare, and the 2016 daily values. %DV is computed
/// from the declared (rounded) amount and rounded to a whole percent, so a reader can redo it from the label.
/// </summary>
public static class NutritionRounding
{
    /// <summary>Daily values (g, mg or mcg as declared) of nutrients that show a %DV.</summary>
    public static IReadOnlyDictionary<string, decimal> DailyValues { get; } = new Dictionary<string, decimal>
    {
        ["Total Fat"] = 78m,
        ["Saturated Fat"] = 20m,
        ["Cholesterol"] = 300m,
        ["Sodium"] = 2300m,
        ["Total Carbohydrate"] = 275m,
        ["Dietary Fiber"] = 28m,
        ["Added Sugars"] = 50m,
        ["Vitamin D"] = 20m,
        ["Calcium"] = 1300m,
        ["Iron"] = 18m,
        ["Potassium"] = 4700m,
    };

    /// <summary>Under 5 -> 0; up to 50 -> nearest 5; above -> nearest 10.</summary>
    public static decimal Calories(decimal kcal) => kcal < 5 ? 0 : kcal <= 50 ? Nearest(kcal, 5) : Nearest(kcal, 10);

    /// <summary>Fats: under 0.5 g -> 0; under 5 g -> nearest 0.5 g; else nearest gram.</summary>
    public static decimal Fat(decimal grams) => grams < 0.5m ? 0 : grams < 5 ? Nearest(grams, 0.5m) : Nearest(grams, 1);

    /// <summary>Cholesterol: under 2 mg -> 0; else nearest 5 mg.</summary>
    public static decimal Cholesterol(decimal mg) => mg < 2 ? 0 : Nearest(mg, 5);

    /// <summary>Sodium and potassium: under 5 mg -> 0; up to 140 mg -> nearest 5; else nearest 10.</summary>
    public static decimal Sodium(decimal mg) => mg < 5 ? 0 : mg <= 140 ? Nearest(mg, 5) : Nearest(mg, 10);

    /// <summary>Carbohydrates, fiber, sugars, protein: under 0.5 g -> 0; else nearest gram.</summary>
    public static decimal Gram(decimal grams) => grams < 0.5m ? 0 : Nearest(grams, 1);

    /// <summary>Vitamin D to 0.1 mcg, calcium to 10 mg, iron to 0.1 mg.</summary>
    public static decimal Micro(decimal value, decimal step) => Nearest(value, step);

    public static decimal PercentDailyValue(string nutrient, decimal declared) =>
        Math.Round(declared / DailyValues[nutrient] * 100, 0, MidpointRounding.AwayFromZero);

    private static decimal Nearest(decimal value, decimal step) => Math.Round(value / step, 0, MidpointRounding.AwayFromZero) * step;
}
