using System.Text.Json.Serialization;

namespace Cosyn.Families.Chemistry;

/// <summary>A real compound of the built-in catalog; formula, mass and groups are reference values the tests check against RDKit.</summary>
public sealed record CatalogCompound(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("category")] string Category,
    [property: JsonPropertyName("smiles")] string Smiles,
    [property: JsonPropertyName("formula")] string Formula,
    [property: JsonPropertyName("molar_mass")] decimal MolarMass,
    [property: JsonPropertyName("functional_groups")] IReadOnlyList<string> FunctionalGroups);
