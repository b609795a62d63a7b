using System.Text.Json.Nodes;
using Cosyn.Store;

namespace Cosyn.Output;

/// <summary>
/// <c>rejected/</c> (<c>generate --keep-rejected</c>): the samples the quality gate rejected, as a run-like folder:
/// <c>rejected/images/ID.png</c> and <c>rejected/rejected.jsonl</c>, one sample row per line whose
/// <c>metadata.quality.failed</c> lists the failed checks with their reasons.
/// </summary>
public static class RejectedSamples
{
    public const string FolderName = "rejected";

    public const string FileName = "rejected.jsonl";

    /// <summary>The store's stage name of a sample the quality gate rejected.</summary>
    public const string Stage = "quality";

    /// <summary>
    /// Writes <c>rejected.jsonl</c> from the store's rows, in plan order, atomically; rows whose image was not kept
    /// (rejected in a session without <c>--keep-rejected</c>) are left out. Returns the lines written.
    /// </summary>
    public static int Write(string folder, IEnumerable<StoredSample> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var directory = Path.Combine(folder, FolderName);
        Directory.CreateDirectory(directory);
        var lines = rows
            .Where(r => r.Status == StoredSampleStatus.Failed && r.Stage == Stage && r.Line is not null)
            .OrderBy(r => r.Index)
            .Select(r => r.Line!)
            .Where(line => JsonNode.Parse(line)?["image"]?.GetValue<string>() is { } image && File.Exists(Path.Combine(directory, image)))
            .ToList();
        var path = Path.Combine(directory, FileName);
        File.WriteAllLines(path + ".tmp", lines, new UTF8Encoding(false));
        File.Move(path + ".tmp", path, overwrite: true);
        return lines.Count;
    }
}
