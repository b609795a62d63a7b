namespace Cosyn.Families.Documents.Builders;

/// <summary>A recipe card: servings, prep and cook minutes, ingredients with quantities and units, and numbered steps.</summary>
internal static class RecipeCardBuilder
{
    public const string Ingredient = "Ingredient";
    public const string Quantity = "Quantity";
    public const string Unit = "Unit";

    public static DocumentSpec Build(DocumentContext c)
    {
        var recipe = c.Lexicon.Recipes.First(r => r.Name == c.Plan.Subject);
        var rows = recipe.Ingredients.Select(i => (IReadOnlyList<DocumentCell>)[DocumentCell.Of(i.Name), DocumentCell.Of(i.Quantity), DocumentCell.Of(i.Unit)]).ToList();
        var table = new DocumentTable("ingredients", "Ingredients", "ingredients",
            [new(Ingredient, DocumentValueKind.Text), new(Quantity, DocumentValueKind.Number, 2), new(Unit, DocumentValueKind.Text)], rows);
        var fields = new List<DocumentField>
        {
            DocumentContext.NumberField("Servings", recipe.Servings),
            DocumentContext.NumberField("Prep time (min)", c.Random.Next(recipe.Prep.Min / 5, (recipe.Prep.Max / 5) + 1) * 5),
            DocumentContext.NumberField("Cook time (min)", c.Random.Next(recipe.Cook.Min / 5, (recipe.Cook.Max / 5) + 1) * 5),
        };
        return new DocumentSpec(DocumentKinds.RecipeCard, recipe.Name, c.Plan.Issuer, [], fields, [table], [], recipe.Steps, c.Currency);
    }
}
