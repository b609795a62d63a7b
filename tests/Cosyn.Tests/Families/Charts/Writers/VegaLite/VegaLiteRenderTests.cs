using System.Text.Json.Nodes;
using Cosyn.Families.Charts;
using Cosyn.Families.Charts.Writers.VegaLite;

namespace Cosyn.Tests.Families.Charts.Writers.VegaLite;

/// <summary>
/// Compiles every figure type's generated spec with the pinned vega-lite and renders it to SVG with vega: no compiler
/// warnings, and the drawing holds the title, every category, every value label (percentages for slices, totals for stacks).
/// </summary>
public sealed partial class VegaLiteRenderTests
{
    private const int SeedsPerType = 6;

    [Fact]
    public void GeneratedSpecs_RenderEveryFigureType_WithTitleCategoriesAndValueLabels()
    {
        Assert.True(VegaLiteRunner.Script is not null, "tools/node with vega-lite installed is required (run ./scripts/bootstrap.sh)");
        var pipeline = new ChartVegaLitePipeline();
        var samples = pipeline.FigureTypes.SelectMany(f => Enumerable.Range(1, SeedsPerType).Select(s => ChartSamples.Make(pipeline, s, f))).ToList();
        var results = VegaLiteRunner.RenderAll([.. samples.Select(s => s.Code)]);
        var failures = samples.Zip(results).SelectMany(x => Problems(x.First, x.Second)).ToList();
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(30)));
    }

    [Fact]
    public void GeneratedSpecs_DeclareTheV6SchemaAndInlineData()
    {
        var pipeline = new ChartVegaLitePipeline();
        foreach (var figureType in pipeline.FigureTypes)
        {
            var spec = JsonNode.Parse(ChartSamples.Make(pipeline, 3, figureType).Code)!;
            Assert.Equal(VegaLiteSpecWriter.Schema, spec["$schema"]!.GetValue<string>());
            Assert.NotEmpty(spec["data"]!["values"]!.AsArray());
            Assert.True(spec["width"]!.GetValue<int>() > 0 && spec["height"]!.GetValue<int>() > 0);
        }
    }

    private static IEnumerable<string> Problems(ProceduralSample sample, VegaLiteRunner.Result result)
    {
        var spec = (ChartSpec)sample.Data.Model;
        var where = $"{spec.FigureType} seed {sample.Seed}";
        if (result.Texts is not { } texts)
        {
            yield return $"{where}: {result.Error}";
            yield break;
        }

        foreach (var warning in result.Warnings)
        {
            yield return $"{where}: warning {warning}";
        }

        var all = Spaces().Replace(string.Join(" ", texts), " ");
        if (!all.Contains(spec.Title, StringComparison.Ordinal))
        {
            yield return $"{where}: title not drawn";
        }

        // Histogram categories are bin ranges ("10–15"): the axis shows their edges instead.
        var named = spec.FigureType == ChartFigureTypes.Histogram
            ? spec.Distribution!.BinEdges!.Select(e => e.ToString(System.Globalization.CultureInfo.InvariantCulture))
            : spec.Categories;
        foreach (var category in named.Where(c => !texts.Any(t => t.Contains(c, StringComparison.Ordinal))))
        {
            yield return $"{where}: category {category} not drawn";
        }

        var pie = ChartFigureTypes.IsPartOfWhole(spec.FigureType);
        if (spec.FigureType == ChartFigureTypes.Bubble)
        {
            // Bubbles print their name and size; their positions are read off the axes.
            foreach (var size in spec.SizeValues!.Select(spec.SizeMeasure!.Format).Where(v => !texts.Any(t => t.Contains(v, StringComparison.Ordinal))))
            {
                yield return $"{where}: bubble size {size} is not labelled";
            }
        }
        else if (spec.FigureType != ChartFigureTypes.Scatter)
        {
            // Bars and points carry their value as a text of its own; slices name it in the legend ("Cod: 12.5 t").
            // Histogram series hold whole bin counts, printed without the measure's decimals.
            Func<double, string> format = spec.FigureType == ChartFigureTypes.Histogram ? v => v.ToString("0", System.Globalization.CultureInfo.InvariantCulture) : spec.Measure.Format;
            foreach (var value in spec.Series.SelectMany(s => s.Values).OfType<double>().Select(format))
            {
                if (pie ? !texts.Any(t => t.EndsWith(": " + value + Unit(spec), StringComparison.Ordinal)) : !texts.Contains(value))
                {
                    yield return $"{where}: value {value} is not labelled";
                }
            }
        }

        if (pie)
        {
            var total = spec.Series[0].Values.Sum(v => (decimal)v!.Value);
            foreach (var share in spec.Series[0].Values.Select(v => (decimal)v!.Value / total * 100).Select(p => Math.Round(p, 1, MidpointRounding.AwayFromZero).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + "%"))
            {
                if (!texts.Contains(share))
                {
                    yield return $"{where}: share {share} is not labelled";
                }
            }
        }

        if (spec.FigureType == ChartFigureTypes.Box)
        {
            // Series hold the medians (checked above); the quartiles are printed beside each box too.
            foreach (var quartile in spec.Distribution!.Groups.SelectMany(Quartiles).Select(spec.Measure.Format).Where(q => !texts.Contains(q)))
            {
                yield return $"{where}: quartile {quartile} is not labelled";
            }
        }

        if (spec.FigureType == ChartFigureTypes.StackedBar)
        {
            foreach (var total in spec.Categories.Select((_, c) => spec.Measure.Format(spec.Series.Sum(s => s.Values[c]!.Value))).Where(t => !texts.Contains(t)))
            {
                yield return $"{where}: stack total {total} is not labelled";
            }
        }

        foreach (var junk in texts.Where(t => t is "null" or "NaN" or "undefined"))
        {
            yield return $"{where}: drew '{junk}'";
        }
    }

    // Groups hold 4k+1 observations, so Q1 and Q3 are the observations a quarter and three quarters of the way up.
    private static IEnumerable<double> Quartiles(IReadOnlyList<double> group)
    {
        var sorted = group.Order().ToList();
        return [sorted[(sorted.Count - 1) / 4], sorted[3 * (sorted.Count - 1) / 4]];
    }

    private static string Unit(ChartSpec spec) => spec.Measure.Unit.Length == 0 ? string.Empty : " " + spec.Measure.Unit;

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
