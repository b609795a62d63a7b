using System.Text.Json;
using System.Text.Json.Serialization;

namespace Cosyn.Families.Chemistry;

/// <summary>
/// The embedded <c>MoleculeCatalog.json</c>: real compounds across drugs, food chemistry, solvents, amino acids, sugars,
/// fragrances, pollutants, pesticides, hormones, dyes and industrial chemicals, and the SMARTS of each functional group.
/// </summary>
public sealed class MoleculeCatalog
{
    private static readonly Lazy<MoleculeCatalog> LazyDefault = new(Load);

    [JsonPropertyName("functional_group_smarts")]
    public required Dictionary<string, string> GroupSmarts { get; init; }

    [JsonPropertyName("compounds")]
    public required IReadOnlyList<CatalogCompound> Compounds { get; init; }

    public static MoleculeCatalog Default => LazyDefault.Value;

    private static MoleculeCatalog Load()
    {
        using var stream = typeof(MoleculeCatalog).Assembly.GetManifestResourceStream("Cosyn.Molecules.MoleculeCatalog.json")
            ?? throw new InvalidOperationException("Embedded MoleculeCatalog.json is missing.");
        return JsonSerializer.Deserialize<MoleculeCatalog>(stream)!;
    }
}
