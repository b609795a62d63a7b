using System.Text.Json.Nodes;

namespace Cosyn.Output.Export.Hf;

/// <summary>The exported columns as <c>datasets</c> features, and the <c>huggingface</c> Parquet metadata that makes it decode images.</summary>
public static class HfSchema
{
    public const string MetadataKey = "huggingface";

    private static readonly HfFeature Text = HfFeature.Value("string");

    /// <summary>The columns of a config, in <see cref="HfRow"/> order; pointing configs add CoSyn-point's two.</summary>
    public static IReadOnlyList<(string Name, HfFeature Feature)> Columns(bool pointing)
    {
        List<(string, HfFeature)> columns =
        [
            ("id", Text),
            ("image", HfFeature.Image()),
            ("qa_pairs", HfFeature.List(HfFeature.Struct(("question", Text), ("explanation", Text), ("answer", Text), ("type", Text)))),
            ("metadata", HfFeature.Struct(
                ("figure_type", Text), ("persona", Text), ("topic", Text), ("pipeline", Text), ("tool", Text),
                ("seed", HfFeature.Value("int64")), ("render_attempts", HfFeature.Value("int32")))),
            ("data", Text),
            ("code", Text),
        ];
        if (pointing)
        {
            columns.Add(("questions", HfFeature.List(Text)));
            columns.Add(("answer_points", HfFeature.List(HfFeature.List(HfFeature.Struct(("x", HfFeature.Value("float64")), ("y", HfFeature.Value("float64")))))));
        }

        return columns;
    }

    /// <summary>The value of the <c>huggingface</c> key: <c>{"info": {"features": {...}}}</c>.</summary>
    public static string MetadataJson(bool pointing)
    {
        var features = new JsonObject();
        foreach (var (name, feature) in Columns(pointing))
        {
            features[name] = feature.ToJson();
        }

        return new JsonObject { ["info"] = new JsonObject { ["features"] = features } }.ToJsonString();
    }
}
