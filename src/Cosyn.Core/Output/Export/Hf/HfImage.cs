using System.Text.Json.Serialization;

namespace Cosyn.Output.Export.Hf;

/// <summary>The <c>Image</c> feature's storage: the PNG bytes and a file name.</summary>
public sealed class HfImage
{
    [JsonPropertyName("bytes")]
    public byte[] Bytes { get; set; } = [];

    [JsonPropertyName("path")]
    public string Path { get; set; } = "";
}
