using System.Text.Json.Serialization;
using Cosyn.Families.Shared.Data;

namespace Cosyn.Families.Chemistry;

/// <summary>
/// The embedded <c>MoleculeCatalog.json</c>: real compounds across drugs, food chemistry, solvents, amino acids, sugars,
/// fragrances, pollutants, pesticides, hormones, dyes and industrial chemicals, and the SMARTS of each functional group.
/// </summary>
public sealed class MoleculeCatalog
{
    [JsonPropertyName("functional_group_smarts")]
    public required Dictionary<string, string> GroupSmarts { get; init; }

    [JsonPropertyName("compounds")]
    public required IReadOnlyList<CatalogCompound> Compounds { get; init; }

    public static MoleculeCatalog Default => EmbeddedJson.Shared<MoleculeCatalog>("Cosyn.Molecules.MoleculeCatalog.json");
}
