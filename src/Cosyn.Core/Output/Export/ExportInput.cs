using Cosyn.Output.Runs;

namespace Cosyn.Output.Export;

/// <summary>The runs an export reads, in the order given, streamed sample by sample; each image is read from its own run folder.</summary>
public sealed class ExportInput
{
    private readonly Func<string, string> _configOf;

    public ExportInput(IReadOnlyList<RunFolderReader> runs, Func<string, string> configOf)
    {
        Runs = runs;
        _configOf = configOf;
    }

    public IReadOnlyList<RunFolderReader> Runs { get; }

    /// <summary>
    /// Opens every folder (<see cref="RunFolderSet.Open"/>): the first that is not a readable run, a folder given twice
    /// or a sample id two folders share throws <see cref="RunFolderException"/>.
    /// </summary>
    public static ExportInput Open(IReadOnlyList<string> folders, bool allowPartial, ConfigBy configBy) =>
        new(RunFolderSet.Open(folders, allowPartial).Runs, configBy == ConfigBy.Pipeline ? p => p : DatasetCategory.Of);

    /// <summary>The config a pipeline's samples go to.</summary>
    public string ConfigOf(string pipeline) => _configOf(pipeline);

    /// <summary>Every sample in run order. The image file is checked for existence only; its content is checked where it is read.</summary>
    public IEnumerable<ExportCandidate> Candidates()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var run in Runs)
        {
            foreach (var row in run.Rows())
            {
                if (row.Sample is not { } sample)
                {
                    yield return new ExportCandidate(null, null, "", run.Path, new SkippedSample("(unreadable line)", run.Path, row.Problem!));
                    continue;
                }

                var config = _configOf(sample.Metadata.Pipeline);
                var image = run.ImagePath(sample);
                SkippedSample? skipped = null;
                if (!seen.Add(sample.Id))
                {
                    skipped = new SkippedSample(sample.Id, run.Path, "duplicate id (already exported)");
                }
                else if (!File.Exists(image))
                {
                    skipped = new SkippedSample(sample.Id, run.Path, $"image missing ({sample.Image})");
                }

                yield return new ExportCandidate(skipped is null ? sample : null, image, config, run.Path, skipped);
            }
        }
    }
}
