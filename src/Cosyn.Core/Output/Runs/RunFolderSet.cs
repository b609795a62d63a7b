using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Cosyn.Engine;

namespace Cosyn.Output.Runs;

/// <summary>
/// Several run folders read as one, in the order given (e.g. the shards of a Slurm array, without merging them):
/// each keeps its own images; a folder given twice or a sample id found in two folders is refused.
/// </summary>
public sealed class RunFolderSet
{
    private RunFolderSet(IReadOnlyList<RunFolderReader> runs) => Runs = runs;

    /// <summary>The runs, in the order given.</summary>
    public IReadOnlyList<RunFolderReader> Runs { get; }

    /// <summary>
    /// Opens every folder; throws <see cref="RunFolderException"/> with a one-line reason for the first that is not a
    /// readable run, a folder given twice, or a sample id two folders share (naming both).
    /// </summary>
    public static RunFolderSet Open(IReadOnlyList<string> folders, bool allowPartial)
    {
        ArgumentNullException.ThrowIfNull(folders);
        if (folders.Count == 0)
        {
            throw new RunFolderException("no run folder given");
        }

        var runs = folders.Select(f => RunFolderReader.Open(f, allowPartial)).ToList();
        var twice = runs.GroupBy(r => r.Path, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
        {
            throw new RunFolderException($"{twice.Key} is given twice");
        }

        if (runs.Count > 1)
        {
            RefuseSharedIds(runs);
        }

        return new RunFolderSet(runs);
    }

    /// <summary>
    /// One line per run whose configuration differs from the first run's (shard fields aside: shards of one run
    /// agree), saying how; empty when all agree.
    /// </summary>
    public IReadOnlyList<string> ConfigurationDifferences()
    {
        var first = WithoutShard(Runs[0].ConfigurationJson);
        return [.. Runs.Skip(1)
            .Select(run => (run, configuration: WithoutShard(run.ConfigurationJson)))
            .Where(r => r.configuration != first)
            .Select(r => $"{Path.GetFileName(r.run.Path)} differs from {Path.GetFileName(Runs[0].Path)}: {RunConfiguration.DescribeDifference(first, r.configuration)}")];
    }

    // Ids only (the first property of every row), so a pre-pass over 400K rows costs a fraction of reading them.
    private static void RefuseSharedIds(List<RunFolderReader> runs)
    {
        var owner = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var r = 0; r < runs.Count; r++)
        {
            foreach (var line in File.ReadLines(runs[r].SamplesPath))
            {
                if (IdOf(line) is not { } id)
                {
                    continue;
                }

                if (owner.TryGetValue(id, out var earlier) && earlier != r)
                {
                    throw new RunFolderException($"sample id {id} is in both {runs[earlier].Path} and {runs[r].Path}: give each sample once (runs with the same seed and pipelines repeat ids)");
                }

                owner[id] = r;
            }
        }
    }

    private static string? IdOf(string line)
    {
        if (line.Length == 0)
        {
            return null;
        }

        try
        {
            var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(line));
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isId = reader.ValueTextEquals("id");
                reader.Read();
                if (isId)
                {
                    return reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                }

                reader.Skip();
            }
        }
        catch (JsonException)
        {
            // A torn last line (a run killed mid-write) is reported where rows are read.
        }

        return null;
    }

    private static string WithoutShard(string? json)
    {
        if (JsonNode.Parse(json ?? "{}") is not JsonObject configuration)
        {
            return json ?? "{}";
        }

        configuration.Remove("shard");
        configuration.Remove("shard_quotas");
        return configuration.ToJsonString(CosynJson.Compact);
    }
}
