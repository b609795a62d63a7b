using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;

namespace Cosyn.Output.Runs;

/// <summary>How a run was made, read from the configuration its <c>run.db</c> recorded: synthesizer, seed, pipelines, models per stage.</summary>
public sealed record RunProvenance(
    string Folder,
    string Synthesizer,
    long? Seed,
    IReadOnlyList<string> Pipelines,
    string? Query,
    string? Provider,
    IReadOnlyDictionary<string, string> Models,
    int? Count,
    bool? Completed)
{
    /// <summary>The cosyn build that is reading the run (runs do not record theirs).</summary>
    public static string ToolVersion { get; } =
        typeof(RunProvenance).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    public static RunProvenance Of(RunFolderReader run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var synthesizer = run.Stats?.Synthesizer ?? "unknown";
        long? seed = run.Stats?.Seed;
        var pipelines = run.Stats?.Pipelines.Keys.ToList() ?? [];
        string? query = null;
        string? provider = null;
        var models = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (run.ConfigurationJson is { } json)
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            synthesizer = Text(root, "synthesizer") ?? synthesizer;
            seed = root.TryGetProperty("seed", out var s) && s.ValueKind == JsonValueKind.Number ? s.GetInt64() : seed;
            if (root.TryGetProperty("pipelines", out var p) && p.ValueKind == JsonValueKind.Array)
            {
                pipelines = [.. p.EnumerateArray().Select(e => e.GetString() ?? "")];
            }

            query = Text(root, "query");
            if (root.TryGetProperty("llm", out var llm) && llm.ValueKind == JsonValueKind.Object)
            {
                provider = Text(llm, "provider");
                foreach (var stage in new[] { "topic", "data", "code", "qa" })
                {
                    if (Text(llm, stage + "_model") is { } model)
                    {
                        models[stage] = model;
                    }
                }
            }
        }

        return new RunProvenance(Path.GetFileName(run.Path), synthesizer, seed, pipelines, query, provider, models, run.Stats?.Count, run.Stats?.Completed);
    }

    /// <summary>A <c>cosyn generate</c> command that makes the same samples (the run records its configuration, not its command line).</summary>
    public string EquivalentCommand()
    {
        var text = new StringBuilder("cosyn generate");
        if (Query is not null)
        {
            text.Append(" --query ").Append(JsonSerializer.Serialize(Query));
        }

        if (Query is null || Pipelines.Count > 0)
        {
            text.Append(" --pipeline ").Append(string.Join(',', Pipelines));
        }

        text.Append(CultureInfo.InvariantCulture, $" --count {Count?.ToString(CultureInfo.InvariantCulture) ?? "N"} --seed {Seed?.ToString(CultureInfo.InvariantCulture) ?? "0"} --out {Folder}");
        if (Provider is not null)
        {
            text.Append(" --provider ").Append(Provider);
            foreach (var (stage, model) in Models)
            {
                text.Append(CultureInfo.InvariantCulture, $" --{stage}-model {model}");
            }
        }

        return text.ToString();
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
