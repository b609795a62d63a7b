using Cosyn.Families.Charts;
using Cosyn.Families.Charts.Writers.Latex;

namespace Cosyn.Tests.Families.Charts.Writers.Latex;

/// <summary>Compiles generated documents with the real pdflatex and checks the PDF's text holds the title, categories and value labels.</summary>
public sealed class ChartLatexRenderTests
{
    // Three seeds per type keep the test near 20 s on two cores; COSYN_RENDER_SEEDS=N widens the sweep.
    private static readonly long[] Seeds =
        [.. Enumerable.Range(1, int.Parse(Environment.GetEnvironmentVariable("COSYN_RENDER_SEEDS") ?? "3", System.Globalization.CultureInfo.InvariantCulture)).Select(i => (long)i)];

    [Fact]
    public void GeneratedDocuments_CompileForEveryFigureType_WithTitleCategoriesAndValuesInThePdf()
    {
        var pipeline = new ChartLatexPipeline();
        var samples = pipeline.FigureTypes.SelectMany(f => Seeds.Select(s => PipelineSamples.Make(pipeline, s, f)));
        var failures = PdfLatexSweep.Run("cosyn-latex-", samples.Select(s => ($"{s.Topic.FigureType.Replace(' ', '-')}-{s.Seed}", s.Code, (Func<string, IEnumerable<string>>)(text => Problems(s, text)))));
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(30)));
    }

    private static IEnumerable<string> Problems(ProceduralSample sample, string pdfText)
    {
        var text = Normalize(pdfText);
        var spec = (ChartSpec)sample.Data.Model;
        if (!text.Contains(Normalize(spec.Title), StringComparison.Ordinal))
        {
            yield return $"title '{spec.Title}' not found in: {text}";
        }

        foreach (var category in spec.Categories.Where(c => !text.Contains(Normalize(c), StringComparison.Ordinal)))
        {
            yield return $"category '{category}' not found";
        }

        if (spec.FigureType == ChartFigureTypes.Scatter)
        {
            yield break;
        }

        foreach (var value in spec.Series.SelectMany(s => s.Values).OfType<double>().Select(spec.Measure.Format))
        {
            if (!Regex.IsMatch(text, $@"(?<![\d.]){Regex.Escape(value)}(?![\d])"))
            {
                yield return $"value {value} is not labelled";
            }
        }
    }

    // pdftotext splits wrapped lines and spells ligatures and sub/superscripts its own way.
    private static string Normalize(string text) =>
        Regex.Replace(text, @"\s+", " ").Replace("ﬁ", "fi", StringComparison.Ordinal).Replace("ﬂ", "fl", StringComparison.Ordinal)
            .Replace("ﬀ", "ff", StringComparison.Ordinal).Replace("ﬃ", "ffi", StringComparison.Ordinal).Replace("ﬄ", "ffl", StringComparison.Ordinal)
            .Replace('₂', '2').Replace('₃', '3').Replace('²', '2').Replace('³', '3').Replace("- ", "-", StringComparison.Ordinal).Trim();
}
