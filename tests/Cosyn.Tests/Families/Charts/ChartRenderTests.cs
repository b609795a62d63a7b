using Cosyn.Families.Charts;

namespace Cosyn.Tests.Families.Charts;

/// <summary>Runs generated scripts with the real matplotlib 3.6 and checks what the figure contains.</summary>
public sealed class ChartRenderTests
{
    // Six seeds per type keep the test near 10 s; COSYN_RENDER_SEEDS=N widens the sweep when hunting layout bugs.
    private static readonly long[] Seeds =
        [.. Enumerable.Range(1, int.Parse(Environment.GetEnvironmentVariable("COSYN_RENDER_SEEDS") ?? "6", System.Globalization.CultureInfo.InvariantCulture)).Select(i => (long)i)];

    [Fact]
    public void GeneratedCode_RendersEveryFigureType_WithTitleAndLabelsReadable()
    {
        Assert.True(MatplotlibRunner.Available, $"{MatplotlibRunner.Python} with matplotlib is required");
        var dir = Directory.CreateTempSubdirectory("cosyn-render-");
        try
        {
            var samples = ChartSamples.FigureTypes.SelectMany(f => Seeds.Select(s => ChartSamples.Make(s, f))).ToList();
            var pngs = samples.Select((s, i) => Path.Combine(dir.FullName, $"{i}.png")).ToList();
            var reports = MatplotlibRunner.RenderAll([.. samples.Zip(pngs, (s, p) => (s.Code, p))]);
            var failures = samples.Zip(reports, pngs).SelectMany(x => Problems(x.First, x.Second, x.Third)).ToList();
            Assert.True(failures.Count == 0, string.Join("\n", failures.Take(30)));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static IEnumerable<string> Problems(ProceduralSample sample, RenderReport report, string png)
    {
        var where = $"{sample.Topic.FigureType} seed {sample.Seed}";
        if (report.Error is not null)
        {
            yield return $"{where}: {report.Error}";
            yield break;
        }

        if (!File.Exists(png) || new FileInfo(png).Length < 5000)
        {
            yield return $"{where}: no PNG";
        }

        if (string.Join(" ", report.Titles!).Replace('\n', ' ') != sample.Topic.Topic)
        {
            yield return $"{where}: title {string.Join(" ", report.Titles!)}";
        }

        var spec = (ChartSpec)sample.Data.Model;
        var texts = string.Join("\n", report.Texts!);

        // A histogram's ticks are its bin edges, not the "20–25" bin names.
        var named = spec.FigureType == ChartFigureTypes.Histogram ? [] : spec.Categories;
        foreach (var category in named.Where(c => !texts.Contains(c, StringComparison.Ordinal)))
        {
            yield return $"{where}: category {category} not drawn";
        }

        if (report.TickOverlaps > 0)
        {
            yield return $"{where}: {report.TickOverlaps} overlapping tick labels";
        }

        if (report.Clipped!.Count > 0)
        {
            yield return $"{where}: clipped text {string.Join(" | ", report.Clipped)}";
        }

        // Every value a question may ask about must appear as drawn text; scatter points are named instead.
        var drawn = report.Texts!.SelectMany(t => t.Split('\n', ' ', ':')).Select(t => t.TrimStart('+')).ToHashSet(StringComparer.Ordinal);
        foreach (var value in LabelledValues(spec).Where(v => !drawn.Contains(v)))
        {
            yield return $"{where}: value {value} is not labelled";
        }
    }

    private static IEnumerable<string> LabelledValues(ChartSpec spec) => spec.FigureType switch
    {
        ChartFigureTypes.Scatter => [],
        ChartFigureTypes.Bubble => spec.SizeValues!.Select(spec.SizeMeasure!.Format),
        ChartFigureTypes.Histogram => spec.Series[0].Values.Select(v => ((int)v!.Value).ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ChartFigureTypes.Candlestick => spec.Series[3].Values.Select(v => spec.Measure.Format(v!.Value)),
        _ => spec.Series.SelectMany((s, k) => s.Values.OfType<double>().Select(spec.MeasureOf(k).Format)),
    };
}
