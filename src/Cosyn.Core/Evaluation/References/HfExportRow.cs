using System.Text.Json.Serialization;
using Cosyn.Output.Export.Hf;

namespace Cosyn.Evaluation.References;

/// <summary>The columns of an hf export's Parquet row that evaluation reads (the image bytes stay on disk).</summary>
public sealed class HfExportRow
{
    [JsonPropertyName("id")]
    public string Id { get; set; } = "";

    [JsonPropertyName("qa_pairs")]
    public List<HfQaPair> QaPairs { get; set; } = [];

    [JsonPropertyName("metadata")]
    public HfMetadata Metadata { get; set; } = new();
}
