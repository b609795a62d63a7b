using System.Diagnostics;
using Cosyn.Catalog;
using Cosyn.Engine;
using Cosyn.Hosting;

namespace Cosyn.Tests.Integration;

/// <summary>
/// Reads the generated images with OCR (tesseract) and checks that what the sample's data says is what the
/// image shows: the title and the category labels. Independent of the code that drew them.
/// </summary>
[Trait("Category", "Integration")]
public sealed partial class GeneratedChartsOcrTests : TempFolderTests
{
    [Fact]
    public async Task ChartMatplotlib_Images_ShowTheTitleAndCategoriesOfTheirData()
    {
        var folder = Temp.Sub("out");
        await using (var renderers = CosynDefaults.CreateRenderers(2))
        {
            var engine = new RunEngine(CosynDefaults.Synthesizer, renderers, TimeProvider.System);
            var options = new RunOptions { Pipelines = [PipelineCatalog.Find("chart-matplotlib")!], Count = 10, OutputFolder = folder, Seed = 3, Concurrency = 2 };
            var result = await engine.RunAsync(options, CosynDefaults.Personas(null, 3), new RunProgress(), CancellationToken.None);
            Assert.Equal(10, result.Stats.Totals.Written);
        }

        var checkedCategories = 0;
        foreach (var line in File.ReadLines(Path.Combine(folder, "samples.jsonl")))
        {
            using var sample = JsonDocument.Parse(line);
            var root = sample.RootElement;
            var text = Normalize(await OcrAsync(Path.Combine(folder, root.GetProperty("image").GetString()!)));
            var topic = root.GetProperty("metadata").GetProperty("topic").GetString()!;
            var titleWords = Words(topic).Where(w => w.Length >= 4).ToList();
            var found = titleWords.Count(w => text.Contains(w, StringComparison.Ordinal));
            Assert.True(found >= titleWords.Count * 0.7, $"title '{topic}': only {found}/{titleWords.Count} words in OCR text: {text}");

            var figureType = root.GetProperty("metadata").GetProperty("figure_type").GetString();
            // Category checks need one category per CSV row; these types' first column is something else (raw
            // observations, box groups repeated per value, OHLC dates, matrix rows read as series) or, for scatter,
            // point labels that may be placed anywhere. Their printed values are checked by the answer checkers.
            if (figureType is "scatter" or "bubble" or "histogram" or "box" or "candlestick" or "heatmap" or "radar" or "waterfall")
            {
                continue;
            }

            var rows = root.GetProperty("data").GetString()!.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(row => row.Split(',')).ToList();
            if (figureType is "bar" or "horizontal bar")
            {
                // Value labels sit on the bars; tesseract reads horizontal numbers reliably.
                var values = rows.Select(r => r[^1]).Where(v => v.Length > 0).ToList();
                var read = values.Count(v => text.Contains(v.Contains('.', StringComparison.Ordinal) ? v.TrimEnd('0').TrimEnd('.') : v, StringComparison.Ordinal));
                Assert.True(read >= values.Count * 0.6, $"{figureType} '{topic}': only {read}/{values.Count} values in OCR text: {text}");
            }

            if (root.GetProperty("code").GetString()!.Contains("rotation=", StringComparison.Ordinal))
            {
                continue; // tesseract cannot read slanted tick labels
            }

            var categories = rows.Select(r => r[0].Trim('"')).ToList();
            var shown = categories.Count(c => Words(c).All(w => text.Contains(w, StringComparison.Ordinal)));
            Assert.True(shown >= categories.Count * 0.6, $"{figureType} '{topic}': only {shown}/{categories.Count} categories in OCR text: {text}");
            checkedCategories += categories.Count;
        }

        Assert.True(checkedCategories >= 15, $"only {checkedCategories} category labels were checkable");
    }

    private static async Task<string> OcrAsync(string png)
    {
        var info = new ProcessStartInfo("tesseract") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { png, "-", "--psm", "11" })
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return output;
    }

    private static IEnumerable<string> Words(string text) => WordPattern().Matches(Normalize(text)).Select(m => m.Value);

    private static string Normalize(string text) => text.ToLowerInvariant().Replace('–', '-');

    [GeneratedRegex(@"[a-z0-9]+")]
    private static partial Regex WordPattern();
}
