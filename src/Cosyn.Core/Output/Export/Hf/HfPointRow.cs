using System.Text.Json.Serialization;

namespace Cosyn.Output.Export.Hf;

/// <summary>A row of the pointing config: the CoSyn-400K columns plus CoSyn-point's <c>questions</c> and <c>answer_points</c>.</summary>
public sealed class HfPointRow : HfRow
{
    [JsonPropertyName("questions")]
    public List<string> Questions { get; set; } = [];

    [JsonPropertyName("answer_points")]
    public List<List<HfPoint>> AnswerPoints { get; set; } = [];
}
