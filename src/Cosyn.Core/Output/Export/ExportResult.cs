namespace Cosyn.Output.Export;

/// <summary>What an export wrote: rows per config and split, the files, and the samples it skipped.</summary>
public sealed class ExportResult
{
    public int Exported { get; set; }

    public List<SkippedSample> Skipped { get; } = [];

    /// <summary>Files written, relative to the output folder, with forward slashes.</summary>
    public List<string> Files { get; } = [];

    /// <summary>Rows per config, then per split.</summary>
    public SortedDictionary<string, SortedDictionary<string, int>> Splits { get; } = new(StringComparer.Ordinal);
}
