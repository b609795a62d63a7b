using System.Text.Json.Nodes;

namespace Cosyn.Families.Charts.Writers.VegaLite;

/// <summary>What every figure-type builder needs: the chart, the theme, the spec under construction, and encoding helpers.</summary>
internal sealed class VegaLiteContext(ChartSpec spec, VegaLiteTheme theme, JsonObject root)
{
    /// <summary>Field holding the series name in the long-format rows of multi-series charts.</summary>
    public const string SeriesField = "Series";

    public ChartSpec Spec { get; } = spec;

    public VegaLiteTheme Theme { get; } = theme;

    /// <summary>The top-level spec; builders add <c>transform</c>, <c>encoding</c>, <c>layer</c> and <c>resolve</c>.</summary>
    public JsonObject Root { get; } = root;

    /// <summary>The category column name (data key).</summary>
    public string Category => Spec.CategoryLabel;

    /// <summary>The value column name (data key).</summary>
    public string Value => Spec.Measure.Label;

    /// <summary>A data key as a field reference: dots and brackets would otherwise mean nested access.</summary>
    public static string Field(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key.Replace("\\", "\\\\", StringComparison.Ordinal).Replace(".", "\\.", StringComparison.Ordinal)
            .Replace("[", "\\[", StringComparison.Ordinal).Replace("]", "\\]", StringComparison.Ordinal);
    }

    /// <summary>A data key inside a Vega expression: <c>datum['Rainfall (mm)']</c>.</summary>
    public static string Datum(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return "datum['" + key.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal) + "']";
    }

    /// <summary>The category position channel: data order, category or ordinal scale, labels slanted when they would collide.</summary>
    public JsonObject CategoryChannel(bool horizontal = false)
    {
        var channel = new JsonObject
        {
            ["field"] = Field(Category),
            ["type"] = Spec.AxisKind == ChartAxisKind.Time ? "ordinal" : "nominal",
            ["sort"] = null,
            ["title"] = Category,
        };
        if (!horizontal)
        {
            channel["axis"] = new JsonObject { ["labelAngle"] = SlantLabels ? -35 : 0 };
        }

        return channel;
    }

    /// <summary>The value position channel.</summary>
    public JsonObject ValueChannel(string? field = null) => new()
    {
        ["field"] = Field(field ?? Value),
        ["type"] = "quantitative",
        ["title"] = Value,
    };

    /// <summary>A text channel printing the value with the measure's decimals (d3-format, same digits as the CSV).</summary>
    public JsonObject ValueText() => new() { ["field"] = Field(Value), ["type"] = "quantitative", ["format"] = Spec.Measure.FormatSpec };

    /// <summary>The series colour channel, legend in data order.</summary>
    public JsonObject SeriesColor() => new()
    {
        ["field"] = SeriesField,
        ["type"] = "nominal",
        ["sort"] = new JsonArray([.. Spec.Series.Select(s => (JsonNode)s.Name)]),
        ["legend"] = new JsonObject { ["title"] = null, ["orient"] = Theme.LegendOrient },
    };

    /// <summary>Whether horizontal category labels would run into each other.</summary>
    public bool SlantLabels
    {
        get
        {
            var labelWidth = Spec.Categories.Max(c => c.Length) * Theme.LabelSize * 0.6;
            return Spec.Categories.Count * (labelWidth + 8) > Theme.Width;
        }
    }

    /// <summary>A filter transform keeping rows whose value is present (missing readings are null).</summary>
    public JsonObject ValidValues() => new() { ["filter"] = $"isValid({Datum(Value)})" };
}
