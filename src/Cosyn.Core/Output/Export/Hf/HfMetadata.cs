using System.Text.Json.Serialization;

namespace Cosyn.Output.Export.Hf;

/// <summary>The <c>metadata</c> struct: CoSyn-400K's figure type, persona and topic plus what reproduces the sample.</summary>
public sealed class HfMetadata
{
    [JsonPropertyName("figure_type")]
    public string FigureType { get; set; } = "";

    [JsonPropertyName("persona")]
    public string Persona { get; set; } = "";

    [JsonPropertyName("topic")]
    public string Topic { get; set; } = "";

    [JsonPropertyName("pipeline")]
    public string Pipeline { get; set; } = "";

    [JsonPropertyName("tool")]
    public string Tool { get; set; } = "";

    [JsonPropertyName("seed")]
    public long Seed { get; set; }

    /// <summary>Renders tried (repairs included); null for synthesizers that do not repair.</summary>
    [JsonPropertyName("render_attempts")]
    public int? RenderAttempts { get; set; }
}
