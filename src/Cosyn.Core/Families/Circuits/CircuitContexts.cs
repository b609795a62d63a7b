using System.Text.Json;
using System.Text.Json.Serialization;

namespace Cosyn.Families.Circuits;

/// <summary>Title templates per figure type and devices per persona domain, read from the embedded <c>CircuitContexts.json</c>.</summary>
public sealed class CircuitContexts
{
    private static readonly Lazy<CircuitContexts> LazyDefault = new(Load);

    [JsonPropertyName("titles")]
    public required Dictionary<string, string[]> Titles { get; init; }

    [JsonPropertyName("devices")]
    public required Dictionary<string, string[]> Devices { get; init; }

    public static CircuitContexts Default => LazyDefault.Value;

    private static CircuitContexts Load()
    {
        using var stream = typeof(CircuitContexts).Assembly.GetManifestResourceStream("Cosyn.Circuits.CircuitContexts.json")
            ?? throw new InvalidOperationException("Embedded CircuitContexts.json is missing.");
        return JsonSerializer.Deserialize<CircuitContexts>(stream)!;
    }
}
