using System.Text.Json.Serialization;
using Cosyn.Families.Shared.Data;

namespace Cosyn.Families.Circuits;

/// <summary>Title templates per figure type and devices per persona domain, read from the embedded <c>CircuitContexts.json</c>.</summary>
public sealed class CircuitContexts
{
    [JsonPropertyName("titles")]
    public required Dictionary<string, string[]> Titles { get; init; }

    [JsonPropertyName("devices")]
    public required Dictionary<string, string[]> Devices { get; init; }

    public static CircuitContexts Default => EmbeddedJson.Shared<CircuitContexts>("Cosyn.Circuits.CircuitContexts.json");
}
