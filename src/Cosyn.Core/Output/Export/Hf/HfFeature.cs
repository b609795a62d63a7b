using System.Text.Json.Nodes;

namespace Cosyn.Output.Export.Hf;

/// <summary>
/// One node of a Hugging Face <c>datasets</c> feature tree (a Value, the Image, a struct or a list). It is written two
/// ways from the same tree: as the features JSON in the Parquet metadata and as <c>dataset_info</c> YAML in the card.
/// </summary>
public sealed class HfFeature
{
    private HfFeature(string? dtype, bool image, IReadOnlyList<(string Name, HfFeature Feature)>? fields, HfFeature? item)
    {
        Dtype = dtype;
        IsImage = image;
        Fields = fields;
        Item = item;
    }

    /// <summary>The Value dtype (string, int64, ...), for a Value.</summary>
    public string? Dtype { get; }

    public bool IsImage { get; }

    /// <summary>The named members, for a struct.</summary>
    public IReadOnlyList<(string Name, HfFeature Feature)>? Fields { get; }

    /// <summary>The element, for a list.</summary>
    public HfFeature? Item { get; }

    public static HfFeature Value(string dtype) => new(dtype, false, null, null);

    public static HfFeature Image() => new(null, true, null, null);

    public static HfFeature Struct(params (string Name, HfFeature Feature)[] fields) => new(null, false, fields, null);

    public static HfFeature List(HfFeature item) => new(null, false, null, item);

    /// <summary>The features JSON <c>datasets</c> reads (<c>Features.from_dict</c>); a list is the one-element-array form every version accepts.</summary>
    public JsonNode ToJson()
    {
        if (IsImage)
        {
            return new JsonObject { ["_type"] = "Image" };
        }

        if (Dtype is not null)
        {
            return new JsonObject { ["dtype"] = Dtype, ["_type"] = "Value" };
        }

        if (Item is not null)
        {
            return new JsonArray(Item.ToJson());
        }

        var obj = new JsonObject();
        foreach (var (name, feature) in Fields!)
        {
            obj[name] = feature.ToJson();
        }

        return obj;
    }

    /// <summary>The YAML form of the card's <c>dataset_info.features</c>: the lines after <c>- name: N</c>, at <paramref name="indent"/>.</summary>
    public void WriteYaml(YamlText yaml, int indent)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        if (IsImage || Dtype is not null)
        {
            yaml.Line(indent, "dtype: " + (IsImage ? "image" : Dtype));
        }
        else if (Item is not null)
        {
            WriteYamlList(yaml, indent, Item);
        }
        else
        {
            yaml.Line(indent, "struct:");
            WriteYamlFields(yaml, indent, Fields!);
        }
    }

    private static void WriteYamlList(YamlText yaml, int indent, HfFeature item)
    {
        if (item.IsImage || item.Dtype is not null)
        {
            yaml.Line(indent, "list: " + (item.IsImage ? "image" : item.Dtype));
        }
        else if (item.Item is not null)
        {
            yaml.Line(indent, "list:");
            WriteYamlList(yaml, indent + 2, item.Item);
        }
        else
        {
            yaml.Line(indent, "list:");
            WriteYamlFields(yaml, indent, item.Fields!);
        }
    }

    private static void WriteYamlFields(YamlText yaml, int indent, IReadOnlyList<(string Name, HfFeature Feature)> fields)
    {
        foreach (var (name, feature) in fields)
        {
            yaml.Line(indent, "- name: " + name);
            feature.WriteYaml(yaml, indent + 2);
        }
    }
}
