using System.Text.Json.Nodes;
using Cosyn.Families.Charts;
using Cosyn.Families.Charts.Writers.Plotly;

namespace Cosyn.Tests.Families.Charts.Writers.Plotly;

/// <summary>
/// Runs generated Plotly scripts with the real plotly 5.4 and checks the figure JSON plotly.js will draw: trace types,
/// title, fixed size, every category, every value, and a label on every mark a question may ask about.
/// </summary>
public sealed partial class PlotlyFigureTests
{
    private const int SeedsPerType = 6;

    private static readonly string[] TextKeys = ["x", "y", "labels", "text"];

    [Fact]
    public void GeneratedCode_BuildsEveryFigureType_WithTitleCategoriesValuesAndLabels()
    {
        Assert.True(PlotlyFigureRunner.Available, $"{MatplotlibRunner.Python} with plotly is required");
        var pipeline = new ChartPlotlyPipeline();
        var samples = pipeline.FigureTypes.SelectMany(f => Enumerable.Range(1, SeedsPerType).Select(s => ChartSamples.Make(pipeline, s, f))).ToList();
        var results = PlotlyFigureRunner.BuildAll([.. samples.Select(s => s.Code)]);
        var failures = samples.Zip(results).SelectMany(x => Problems(x.First, x.Second)).ToList();
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(30)));
        Assert.Contains(samples, s => s.Code.Contains("import plotly.express as px\n\ndf = pd.DataFrame", StringComparison.Ordinal));
    }

    private static IEnumerable<string> Problems(ProceduralSample sample, PlotlyFigureRunner.Result result)
    {
        var spec = (ChartSpec)sample.Data.Model;
        var where = $"{spec.FigureType} seed {sample.Seed}";
        if (result.Figure is not { } figure)
        {
            yield return $"{where}: {result.Error}";
            yield break;
        }

        var layout = figure["layout"]!;
        var title = Tags().Replace(layout["title"]?["text"]?.GetValue<string>()?.Replace("<br>", " ", StringComparison.Ordinal) ?? string.Empty, string.Empty);
        if (title != spec.Title)
        {
            yield return $"{where}: title '{title}'";
        }

        if (layout["width"]?.GetValue<int>() is not (>= 900 and <= 1200) || layout["height"]?.GetValue<int>() is not (>= 500 and <= 700))
        {
            yield return $"{where}: size {layout["width"]} x {layout["height"]}";
        }

        var traces = figure["data"]!.AsArray().Select(t => t!.AsObject()).ToList();
        if (ChartFigureTypes.Extended.Contains(spec.FigureType))
        {
            foreach (var problem in ExtendedProblems(spec, traces))
            {
                yield return $"{where}: {problem}";
            }

            yield break;
        }

        var marks = traces.Where(t => t["mode"]?.GetValue<string>() != "text").ToList();
        var expectedType = spec.FigureType switch
        {
            ChartFigureTypes.Pie or ChartFigureTypes.Donut => "pie",
            ChartFigureTypes.Line or ChartFigureTypes.MultiLine or ChartFigureTypes.Area or ChartFigureTypes.Scatter => "scatter",
            _ => "bar",
        };
        if (marks.Count != spec.Series.Count || marks.Any(t => t["type"]?.GetValue<string>() != expectedType))
        {
            yield return $"{where}: traces {string.Join(", ", traces.Select(t => t["type"]))}";
            yield break;
        }

        var strings = traces.SelectMany(t => TextKeys.Select(k => t[k])).OfType<JsonArray>()
            .SelectMany(a => a).Where(n => n?.GetValueKind() == System.Text.Json.JsonValueKind.String).Select(n => n!.GetValue<string>()).ToList();
        foreach (var category in spec.Categories.Where(c => !strings.Any(s => s.Contains(c, StringComparison.Ordinal))))
        {
            yield return $"{where}: category {category} missing";
        }

        foreach (var problem in marks.Zip(spec.Series).SelectMany(x => SeriesProblems(spec, x.First, x.Second)))
        {
            yield return $"{where}: {problem}";
        }

        if (spec.FigureType == ChartFigureTypes.StackedBar)
        {
            var totals = spec.Categories.Select((_, c) => spec.Measure.Format(spec.Series.Sum(s => s.Values[c]!.Value))).ToList();
            if (!traces.Any(t => t["mode"]?.GetValue<string>() == "text" && t["text"] is JsonArray)
                || !totals.All(total => strings.Contains($"<b>{total}</b>") || strings.Contains(total)))
            {
                // The totals are f-strings computed in Python; the figure must carry exactly the totals of the data.
                yield return $"{where}: stack totals {string.Join(", ", totals)} not labelled";
            }
        }
    }

    private static IEnumerable<string> SeriesProblems(ChartSpec spec, JsonObject trace, ChartSeries series)
    {
        var key = spec.FigureType switch
        {
            ChartFigureTypes.HorizontalBar => "x",
            ChartFigureTypes.Pie or ChartFigureTypes.Donut => "values",
            _ => "y",
        };
        var drawn = (trace[key] as JsonArray)?.Select(n => n?.GetValueKind() == System.Text.Json.JsonValueKind.Number ? n.GetValue<double>() : (double?)null).ToList() ?? [];
        if (!drawn.SequenceEqual(series.Values))
        {
            yield return $"{series.Name}: values [{string.Join(", ", drawn)}]";
        }

        var template = trace["texttemplate"]?.GetValue<string>() ?? string.Empty;
        if (spec.FigureType == ChartFigureTypes.Scatter)
        {
            if (trace["mode"]?.GetValue<string>().Contains("text", StringComparison.Ordinal) != true)
            {
                yield return "scatter points are not named";
            }
        }
        else if (!template.Contains(":" + spec.Measure.FormatSpec + "}", StringComparison.Ordinal) && !template.Contains("%{percent:.1%}", StringComparison.Ordinal))
        {
            yield return $"{series.Name}: label template '{template}'";
        }

        if (spec.FigureType is ChartFigureTypes.Pie or ChartFigureTypes.Donut && !template.Contains("%{percent:.1%}", StringComparison.Ordinal))
        {
            yield return "slices do not show their percentage";
        }
    }

    // The extended types: the right trace kinds, carrying exactly the data's numbers (histogram counts as numpy bins them).
    private static IEnumerable<string> ExtendedProblems(ChartSpec spec, List<JsonObject> traces)
    {
        static List<double?> Numbers(JsonNode? node) => (node as JsonArray)?.Select(n => n?.GetValueKind() == System.Text.Json.JsonValueKind.Number ? n.GetValue<double>() : (double?)null).ToList() ?? [];
        string Kinds() => string.Join(", ", traces.Select(t => t["type"]));
        var first = traces[0];
        switch (spec.FigureType)
        {
            case ChartFigureTypes.Bubble when first["type"]?.GetValue<string>() != "scatter" || !Numbers(first["marker"]?["size"]).SequenceEqual(spec.SizeValues!.Select(v => (double?)v)):
                yield return "bubble sizes not drawn";
                break;
            case ChartFigureTypes.Histogram when !Numbers(first["y"]).SequenceEqual(spec.Series[0].Values):
                yield return $"bin counts [{string.Join(", ", Numbers(first["y"]))}] differ from the data's";
                break;
            case ChartFigureTypes.Box when traces.Count(t => t["type"]?.GetValue<string>() == "box") != spec.Categories.Count:
                yield return $"traces {Kinds()}";
                break;
            case ChartFigureTypes.Heatmap when first["type"]?.GetValue<string>() != "heatmap" || (first["z"] as JsonArray)?.Count != spec.Series.Count:
                yield return $"traces {Kinds()}";
                break;
            case ChartFigureTypes.Radar when traces.Count(t => t["type"]?.GetValue<string>() == "scatterpolar") != spec.Series.Count:
                yield return $"traces {Kinds()}";
                break;
            case ChartFigureTypes.Funnel when first["type"]?.GetValue<string>() != "funnel" || !Numbers(first["x"]).SequenceEqual(spec.Series[0].Values):
                yield return "funnel stages not drawn";
                break;
            case ChartFigureTypes.Waterfall when first["type"]?.GetValue<string>() != "waterfall" || !Numbers(first["y"]).SequenceEqual(spec.Series[0].Values):
                yield return "waterfall steps not drawn";
                break;
            case ChartFigureTypes.DualAxis when Kinds() != "bar, scatter" || !Numbers(traces[1]["y"]).SequenceEqual(spec.Series[1].Values):
                yield return $"traces {Kinds()}";
                break;
        }
    }

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}
