using System.Text.Json;
using Cosyn.Model;
using Cosyn.Store;

namespace Cosyn.Output.Runs;

/// <summary>A finished (or, when allowed, still running) run folder opened for reading: its configuration, stats, samples and failures.</summary>
public sealed class RunFolderReader
{
    private RunFolderReader(string path, string? configuration, RunStats? stats, bool inProgress)
    {
        Path = path;
        ConfigurationJson = configuration;
        Stats = stats;
        InProgress = inProgress;
    }

    /// <summary>Full path of the run folder.</summary>
    public string Path { get; }

    /// <summary>The configuration recorded in <c>run.db</c> (pipelines, seed, synthesizer, models), or null.</summary>
    public string? ConfigurationJson { get; }

    /// <summary>The content of <c>stats.json</c>, or null when it is missing or unreadable (a run that never finished a session).</summary>
    public RunStats? Stats { get; }

    /// <summary>True when a generate process was still writing the folder when it was opened.</summary>
    public bool InProgress { get; }

    public string SamplesPath => System.IO.Path.Combine(Path, JsonlAppender.FileName);

    /// <summary>Opens <paramref name="folder"/>; throws <see cref="RunFolderException"/> with a one-line reason when it is not a readable run.</summary>
    public static RunFolderReader Open(string folder, bool allowPartial)
    {
        var full = System.IO.Path.GetFullPath(folder);
        if (!Directory.Exists(full))
        {
            throw new RunFolderException($"{folder} does not exist");
        }

        if (!File.Exists(System.IO.Path.Combine(full, JsonlAppender.FileName)) || !File.Exists(System.IO.Path.Combine(full, RunStore.FileName)))
        {
            throw new RunFolderException($"{folder} is not a cosyn run folder (it needs {JsonlAppender.FileName} and {RunStore.FileName}; make one with 'cosyn generate')");
        }

        var inProgress = RunLock.IsHeld(full);
        if (inProgress && !allowPartial)
        {
            throw new RunFolderException($"{folder} is still being written by a cosyn process; wait for it to finish or pass --allow-partial");
        }

        string? configuration;
        try
        {
            using var store = RunStoreReader.Open(full);
            configuration = store.Configuration;
        }
        catch (RunStoreException ex)
        {
            throw new RunFolderException($"{folder} is not a readable cosyn run: {ex.Message}", ex);
        }

        return new RunFolderReader(full, configuration, ReadStats(full), inProgress);
    }

    /// <summary>Streams the rows of <c>samples.jsonl</c> one at a time; a line that does not parse (a run killed mid-write) comes back as a problem.</summary>
    public IEnumerable<RunRow> Rows()
    {
        using var reader = new StreamReader(SamplesPath);
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0)
            {
                continue;
            }

            Sample? sample = null;
            string? problem = null;
            try
            {
                sample = JsonSerializer.Deserialize<Sample>(line, CosynJson.Compact);
            }
            catch (JsonException ex)
            {
                problem = $"line {number} of {JsonlAppender.FileName} does not parse: {ex.Message}";
            }

            yield return sample is null
                ? new RunRow(null, problem ?? $"line {number} of {JsonlAppender.FileName} is empty JSON")
                : new RunRow(sample, null);
        }
    }

    /// <summary>Full path of a sample's image.</summary>
    public string ImagePath(Sample sample)
    {
        ArgumentNullException.ThrowIfNull(sample);
        return System.IO.Path.Combine(Path, sample.Image);
    }

    /// <summary>Failed samples from the run store, the first <paramref name="perPipeline"/> of each pipeline.</summary>
    public IReadOnlyList<StoredSample> Failures(int perPipeline)
    {
        using var store = RunStoreReader.Open(Path);
        return store.Failures(perPipeline);
    }

    private static RunStats? ReadStats(string folder)
    {
        var path = System.IO.Path.Combine(folder, StatsBuilder.FileName);
        try
        {
            return File.Exists(path) ? JsonSerializer.Deserialize<RunStats>(File.ReadAllText(path), CosynJson.Indented) : null;
        }
        catch (Exception ex) when (ex is JsonException or IOException or NotSupportedException)
        {
            // Stats only feed the card's and the report's rates; the samples are still exportable without them.
            return null;
        }
    }
}
