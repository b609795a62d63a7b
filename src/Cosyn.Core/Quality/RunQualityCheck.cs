using System.Text.Json;
using Cosyn.Output.Runs;
using Cosyn.Quality.Checks;
using Cosyn.Rendering;
using Cosyn.Rendering.Layout;

namespace Cosyn.Quality;

/// <summary>
/// Checks every sample of an existing run folder and writes <c>quality.jsonl</c>. The image on disk is what is judged;
/// a sample's code is re-rendered only for layout facts, which are used when the re-render matches the image on disk
/// (same size and near-same perceptual hash), so a replaced image is judged by OCR, never by stale boxes.
/// </summary>
public sealed class RunQualityCheck(QualityChecker checker, IRendererRegistry? renderers, RenderOptions render)
{
    public const string FileName = "quality.jsonl";

    public async Task<QualitySummary> RunAsync(RunFolderReader run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        var summary = new QualitySummary();
        var path = Path.Combine(run.Path, FileName);
        await using var writer = new StreamWriter(path + ".tmp", append: false, new UTF8Encoding(false));
        var number = 0;
        foreach (var row in run.Rows())
        {
            number++;
            var quality = row.Sample is { } sample ? await CheckAsync(run, sample, cancellationToken).ConfigureAwait(false) : Unreadable(row.Problem!);
            summary.Add(quality);
            var line = new QualityLine(row.Sample?.Id ?? $"line-{number}", quality.Passed, quality.Checks);
            await writer.WriteLineAsync(JsonSerializer.Serialize(line, CosynJson.Compact)).ConfigureAwait(false);
        }

        await writer.DisposeAsync().ConfigureAwait(false);
        File.Move(path + ".tmp", path, overwrite: true);
        return summary;
    }

    private async Task<SampleQuality> CheckAsync(RunFolderReader run, Sample sample, CancellationToken cancellationToken)
    {
        var imagePath = run.ImagePath(sample);
        if (!File.Exists(imagePath))
        {
            return Unreadable($"image {sample.Image} is missing");
        }

        var png = await File.ReadAllBytesAsync(imagePath, cancellationToken).ConfigureAwait(false);
        var layout = await LayoutAsync(sample, png, cancellationToken).ConfigureAwait(false);
        return await checker.CheckAsync(sample, png, layout, cancellationToken).ConfigureAwait(false);
    }

    private async Task<LayoutFacts?> LayoutAsync(Sample sample, byte[] png, CancellationToken cancellationToken)
    {
        if (renderers is null || sample.Code.Length == 0 || !renderers.Tools.Contains(sample.Metadata.Tool))
        {
            return null;
        }

        var result = await renderers.Get(sample.Metadata.Tool).RenderAsync(new RenderRequest(sample.Metadata.Tool, sample.Code, render), cancellationToken).ConfigureAwait(false);
        if (result is not { Png: { } again, Layout: { } layout } || PerceptualHash.Compute(again) is not { } fresh || PerceptualHash.Compute(png) is not { } stored)
        {
            return null;
        }

        return layout.ImageWidth == ImagePixels.Decode(png)?.Width && fresh.DistanceTo(stored) <= NearDuplicates.DefaultMaxDistance ? layout : null;
    }

    private static SampleQuality Unreadable(string problem) => new([CheckResult.Fail("readable", 0, problem)]);
}
