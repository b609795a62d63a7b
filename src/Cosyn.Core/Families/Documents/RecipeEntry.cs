namespace Cosyn.Families.Documents;

/// <summary>A recipe: yield, prep and cook time ranges in minutes, ingredients (name, quantity, unit) and steps.</summary>
public sealed record RecipeEntry(
    string Name,
    IReadOnlyList<string> Words,
    int Servings,
    (int Min, int Max) Prep,
    (int Min, int Max) Cook,
    IReadOnlyList<(string Name, decimal Quantity, string Unit)> Ingredients,
    IReadOnlyList<string> Steps);
