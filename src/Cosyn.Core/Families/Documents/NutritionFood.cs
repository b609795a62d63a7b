namespace Cosyn.Families.Documents;

/// <summary>A packaged food's nutrients per serving (grams unless named mg/mcg), before label rounding.</summary>
public sealed record NutritionFood(
    string Name,
    IReadOnlyList<string> Words,
    string Serving,
    decimal Grams,
    decimal Fat,
    decimal SatFat,
    decimal TransFat,
    decimal Cholesterol,
    decimal Sodium,
    decimal Carbs,
    decimal Fiber,
    decimal Sugars,
    decimal AddedSugars,
    decimal Protein,
    decimal VitaminD,
    decimal Calcium,
    decimal Iron,
    decimal Potassium,
    IReadOnlyList<int> Servings);
