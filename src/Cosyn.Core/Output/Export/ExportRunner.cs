using Cosyn.Output.Export.Conversations;
using Cosyn.Output.Export.Hf;

namespace Cosyn.Output.Export;

/// <summary>Runs one export: checks the output folder, picks the exporter for the format, lists the skipped samples.</summary>
public static class ExportRunner
{
    public const string SkippedFileName = "export-skipped.tsv";

    /// <summary>What an export may leave in its folder; <c>--force</c> removes exactly these before writing.</summary>
    private static readonly string[] Owned =
    [
        "README.md", "data", HfExporter.ExamplesFolder, ConversationExporter.ImagesFolder, SkippedFileName,
        ConversationExporter.LlavaFile, ConversationExporter.ShareGptFile, ConversationExporter.DatasetInfoFile, ConversationExporter.SwiftFile,
    ];

    public static async Task<ExportResult> RunAsync(ExportInput input, ExportOptions options, bool force, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(options);
        options.Output = PrepareOutput(options.Output, input, force);
        IDatasetExporter exporter = options.Format == ExportFormat.Hf ? new HfExporter() : new ConversationExporter();
        var result = new ExportResult();
        await exporter.ExportAsync(input, options, result, cancellationToken).ConfigureAwait(false);
        if (result.Skipped.Count > 0)
        {
            await File.WriteAllLinesAsync(
                Path.Combine(options.Output, SkippedFileName),
                ["id\trun\treason", .. result.Skipped.Select(s => $"{s.Id}\t{s.Run}\t{s.Reason}")],
                cancellationToken).ConfigureAwait(false);
            result.Files.Add(SkippedFileName);
        }

        return result;
    }

    private static string PrepareOutput(string output, ExportInput input, bool force)
    {
        var full = Path.GetFullPath(output);
        foreach (var run in input.Runs)
        {
            if (IsWithin(full, run.Path) || IsWithin(run.Path, full))
            {
                throw new ExportException($"the output folder {output} must be outside the run folder {run.Path}");
            }
        }

        try
        {
            if (File.Exists(full))
            {
                throw new ExportException($"{output} is a file, not a folder");
            }

            if (Directory.Exists(full) && Directory.EnumerateFileSystemEntries(full).Any())
            {
                if (!force)
                {
                    throw new ExportException($"{output} is not empty; pass --force to replace what an earlier export wrote there");
                }

                foreach (var name in Owned)
                {
                    var path = Path.Combine(full, name);
                    if (Directory.Exists(path))
                    {
                        Directory.Delete(path, recursive: true);
                    }
                    else
                    {
                        File.Delete(path);
                    }
                }
            }

            Directory.CreateDirectory(full);
            return full;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ExportException($"cannot write to {output}: {ex.Message}", ex);
        }
    }

    private static bool IsWithin(string path, string folder) =>
        path == folder || path.StartsWith(folder.TrimEnd('/') + "/", StringComparison.Ordinal);
}
