namespace Cosyn.Families.Documents.Builders;

/// <summary>
/// An FDA-style Nutrition Facts panel for a real kind of product: the catalog's per-serving nutrients varied a little,
/// rounded by FDA rules; calories from 9/4/4 kcal per gram of fat/carbohydrate/protein; %DV from the 2016 daily values.
/// </summary>
internal static class NutritionLabelBuilder
{
    public const string Nutrient = "Nutrient";
    public const string Amount = "Amount";
    public const string Unit = "Unit";
    public const string DailyValue = "% Daily Value";

    public static DocumentSpec Build(DocumentContext c)
    {
        var food = c.Lexicon.Foods.First(f => f.Name == c.Plan.Subject);
        decimal Vary(decimal v) => v * (decimal)c.Random.NextDouble(0.9, 1.1);
        var fat = Vary(food.Fat);
        var carbs = Vary(food.Carbs);
        var protein = Vary(food.Protein);
        var calories = NutritionRounding.Calories((9 * fat) + (4 * carbs) + (4 * protein));
        var sugars = Math.Min(Vary(food.Sugars), carbs);
        var rows = new List<IReadOnlyList<DocumentCell>>
        {
            Row("Total Fat", NutritionRounding.Fat(fat), "g"),
            Row("Saturated Fat", NutritionRounding.Fat(Math.Min(Vary(food.SatFat), fat)), "g"),
            Row("Trans Fat", NutritionRounding.Fat(food.TransFat), "g"),
            Row("Cholesterol", NutritionRounding.Cholesterol(Vary(food.Cholesterol)), "mg"),
            Row("Sodium", NutritionRounding.Sodium(Vary(food.Sodium)), "mg"),
            Row("Total Carbohydrate", NutritionRounding.Gram(carbs), "g"),
            Row("Dietary Fiber", NutritionRounding.Gram(Math.Min(Vary(food.Fiber), carbs)), "g"),
            Row("Total Sugars", NutritionRounding.Gram(sugars), "g"),
            Row("Added Sugars", NutritionRounding.Gram(Math.Min(Vary(food.AddedSugars), sugars)), "g"),
            Row("Protein", NutritionRounding.Gram(protein), "g"),
            Row("Vitamin D", NutritionRounding.Micro(Vary(food.VitaminD), 0.1m), "mcg"),
            Row("Calcium", NutritionRounding.Micro(Vary(food.Calcium), 10), "mg"),
            Row("Iron", NutritionRounding.Micro(Vary(food.Iron), 0.1m), "mg"),
            Row("Potassium", NutritionRounding.Sodium(Vary(food.Potassium)), "mg"),
        };
        var servings = c.Random.Next(food.Servings[0], food.Servings[1] + 1);
        var table = new DocumentTable("nutrients", "Nutrition Facts", "nutrients",
            [new(Nutrient, DocumentValueKind.Text), new(Amount, DocumentValueKind.Number, 1), new(Unit, DocumentValueKind.Text), new(DailyValue, DocumentValueKind.Percent, 0, Comparable: true)],
            rows);
        var fields = new List<DocumentField>
        {
            new("Product", food.Name),
            new("Serving size", $"{food.Serving} ({DocumentFormat.Whole((int)food.Grams)}g)"),
            DocumentContext.NumberField("Servings per container", servings),
            DocumentContext.NumberField("Calories", calories),
        };
        return new DocumentSpec(DocumentKinds.NutritionLabel, "Nutrition Facts", c.Plan.Issuer, [], fields, [table], [], [], "$")
        {
            Footer = ["The % Daily Value (DV) tells you how much a nutrient in a serving of food contributes to a daily diet. 2,000 calories a day is used for general nutrition advice."],
        };
    }

    private static List<DocumentCell> Row(string name, decimal amount, string unit) =>
        [DocumentCell.Of(name), DocumentCell.Of(amount), DocumentCell.Of(unit),
         NutritionRounding.DailyValues.ContainsKey(name) ? DocumentCell.Of(NutritionRounding.PercentDailyValue(name, amount)) : DocumentCell.Empty];
}
