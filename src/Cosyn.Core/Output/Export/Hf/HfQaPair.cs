using System.Text.Json.Serialization;

namespace Cosyn.Output.Export.Hf;

/// <summary>One element of <c>qa_pairs</c>, with the question kind.</summary>
public sealed class HfQaPair
{
    [JsonPropertyName("question")]
    public string Question { get; set; } = "";

    [JsonPropertyName("explanation")]
    public string Explanation { get; set; } = "";

    [JsonPropertyName("answer")]
    public string Answer { get; set; } = "";

    [JsonPropertyName("type")]
    public string Type { get; set; } = "";
}
