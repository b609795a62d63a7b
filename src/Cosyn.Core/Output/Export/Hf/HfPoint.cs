using System.Text.Json.Serialization;

namespace Cosyn.Output.Export.Hf;

/// <summary>One pointing answer: x and y in percent of the image's width and height.</summary>
public sealed class HfPoint
{
    [JsonPropertyName("x")]
    public double X { get; set; }

    [JsonPropertyName("y")]
    public double Y { get; set; }
}
