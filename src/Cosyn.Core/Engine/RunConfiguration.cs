using System.Text.Json;
using System.Text.Json.Serialization;
using Cosyn.Synthesis.Llm;

namespace Cosyn.Engine;

/// <summary>
/// The part of a run's options that decides its content. A folder is bound to one configuration: resuming or
/// extending (a larger count) is allowed, mixing in samples made differently is not. The count is excluded on purpose.
/// <paramref name="Llm"/> (provider and models) is absent for offline runs, so their stored configuration is unchanged.
/// </summary>
public sealed record RunConfiguration(
    IReadOnlyList<string> Pipelines,
    long Seed,
    string Synthesizer,
    string Personas,
    string? Query,
    int RenderAttempts,
    int AttemptsPerSample,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] LlmRunSettings? Llm = null)
{
    /// <summary>Routing's weights and figure types (absent for runs without a query, so their stored configuration is unchanged).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? Routes { get; init; }

    /// <summary>"keep" when near-duplicate images are written; absent for the default (dropped and replaced).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? NearDuplicates { get; init; }

    /// <summary>"on" when the quality gate decides which samples are written; absent without it (and for runs made before it).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? QualityGate { get; init; }

    /// <summary>The shard (<c>i/N</c>) a folder holds; absent for a whole run, whose stored configuration is unchanged.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Shard { get; init; }

    /// <summary>A shard's plan (samples per pipeline of the whole run): slots are assigned by it, so it may not change.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<int>? ShardQuotas { get; init; }

    /// <summary>One route as stored: <c>pipeline weight [figure types]</c>.</summary>
    public static string DescribeRoute(PlanEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return string.Create(CultureInfo.InvariantCulture, $"{entry.Pipeline.Name} {entry.Weight:0.####} [{string.Join(", ", entry.FigureTypes)}]");
    }

    /// <summary>Canonical JSON, compared byte for byte with what the store holds.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, CosynJson.Compact);

    /// <summary>Describes, in one line, how a stored configuration differs from a requested one.</summary>
    public static string DescribeDifference(string storedJson, string requestedJson)
    {
        var stored = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(storedJson, CosynJson.Compact) ?? [];
        var requested = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(requestedJson, CosynJson.Compact) ?? [];
        var differences = requested.Keys.Union(stored.Keys)
            .Where(key => !stored.TryGetValue(key, out var a) || !requested.TryGetValue(key, out var b) || a.GetRawText() != b.GetRawText())
            .Select(key => $"{key} {Show(stored, key)} vs {Show(requested, key)}");
        return string.Join("; ", differences);
    }

    private static string Show(Dictionary<string, JsonElement> values, string key) =>
        values.TryGetValue(key, out var value) ? value.GetRawText() : "(none)";
}
