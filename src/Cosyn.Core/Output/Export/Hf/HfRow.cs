using System.Text.Json.Serialization;

namespace Cosyn.Output.Export.Hf;

/// <summary>One Parquet row in the CoSyn-400K schema; pointing rows also fill the CoSyn-point columns.</summary>
public class HfRow
{
    [JsonPropertyName("id")]
    public string Id { get; set; } = "";

    [JsonPropertyName("image")]
    public HfImage Image { get; set; } = new();

    [JsonPropertyName("qa_pairs")]
    public List<HfQaPair> QaPairs { get; set; } = [];

    [JsonPropertyName("metadata")]
    public HfMetadata Metadata { get; set; } = new();

    [JsonPropertyName("data")]
    public string Data { get; set; } = "";

    [JsonPropertyName("code")]
    public string Code { get; set; } = "";
}
