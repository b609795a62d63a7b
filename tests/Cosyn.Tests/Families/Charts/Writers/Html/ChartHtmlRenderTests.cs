using Cosyn.Families.Charts;
using Cosyn.Families.Charts.Writers.Html;

namespace Cosyn.Tests.Families.Charts.Writers.Html;

/// <summary>Screenshots generated pages with headless Chromium and OCRs them: the title and the value labels must be legible.</summary>
public sealed class ChartHtmlRenderTests
{
    [Fact]
    public async Task GeneratedPages_RenderEveryFigureType_WithTitleAndValuesLegible()
    {
        Assert.True(HeadlessChromium.Available, $"{HeadlessChromium.Path} is required");
        var pipeline = new ChartHtmlPipeline();
        var dir = Directory.CreateTempSubdirectory("cosyn-html-");
        var preview = Environment.GetEnvironmentVariable("COSYN_PREVIEW") == "1";
        var failures = new List<string>();
        try
        {
            foreach (var figureType in pipeline.FigureTypes)
            {
                var sample = PipelineSamples.Make(pipeline, 1, figureType);
                var stem = Path.Combine(dir.FullName, figureType.Replace(' ', '-'));
                await File.WriteAllTextAsync(stem + ".html", sample.Code);
                var size = Regex.Match(sample.Code, "<svg width=\"(\\d+)\" height=\"(\\d+)\"");
                var (width, height) = (int.Parse(size.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) + 120, int.Parse(size.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) + 260);
                if (HeadlessChromium.Screenshot(stem + ".html", stem + ".png", width, height) is { } error)
                {
                    failures.Add($"{figureType}: {error}");
                    continue;
                }

                var text = await Ocr.ReadAsync(await File.ReadAllBytesAsync(stem + ".png"));
                failures.AddRange(Problems(sample, text).Select(p => $"{figureType}: {p}"));
            }

            if (preview)
            {
                Console.WriteLine("preview: " + dir.FullName);
            }

            Assert.True(failures.Count == 0, string.Join("\n", failures));
        }
        finally
        {
            if (!preview)
            {
                dir.Delete(recursive: true);
            }
        }
    }

    // tesseract misses small or coloured labels now and then (the markup test checks every label exactly), so most title words and at least a third of the values must be read.
    private static IEnumerable<string> Problems(ProceduralSample sample, string ocr)
    {
        var spec = (ChartSpec)sample.Data.Model;
        var words = Words(ocr).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var titleWords = Words(spec.Title).Where(w => w.Length >= 4).ToList();
        var titleFound = titleWords.Count(words.Contains);
        if (titleFound < titleWords.Count * 0.7)
        {
            yield return $"title: only {titleFound} of {titleWords.Count} words read in: {ocr.Replace('\n', ' ')}";
        }

        var values = spec.Series.SelectMany(s => s.Values).OfType<double>().SelectMany(v => Words(spec.Measure.Format(v))).ToList();
        var valuesFound = values.Count(words.Contains);
        if (valuesFound < values.Count / 3.0)
        {
            yield return $"values: only {valuesFound} of {values.Count} read in: {ocr.Replace('\n', ' ')}";
        }
    }

    // Words and numbers without surrounding punctuation or signs (OCR often drops a minus or reads a dash oddly).
    private static IEnumerable<string> Words(string text) =>
        Regex.Split(text, @"[^\p{L}\p{N}.]+").Select(w => w.Trim('.')).Where(w => w.Length > 0);
}
