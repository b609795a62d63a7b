using System.Text.RegularExpressions;
using Cosyn.Pipelines.ChartLatex;

namespace Cosyn.Tests.Charts.Latex;

/// <summary>chart-latex samples differ: topics, figure types and styles spread across a run.</summary>
public sealed class ChartLatexDiversityTests
{
    [Fact]
    public void TwoHundredSamples_HaveDistinctTopicsAndSpreadTypesAndStyles()
    {
        var pipeline = new ChartLatexPipeline();
        var samples = PipelineSamples.Diverse(pipeline, 200);
        var distinctTopics = samples.Select(s => s.Topic.Topic).Distinct().Count();
        Assert.True(distinctTopics > 180, $"only {distinctTopics} distinct topics of 200");
        var types = samples.GroupBy(s => s.Topic.FigureType).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(pipeline.FigureTypes.Count, types.Count);
        Assert.All(types, t => Assert.True(t.Value >= 8, $"{t.Key}: only {t.Value}"));

        // A style is the font set-up plus the first colour: both vary independently.
        var styles = samples.Select(s => Regex.Match(s.Code, @"\\usepackage\{lmodern\}\n(.*?)\\usepackage\{pgf.*?\{HTML\}\{(\w+)\}", RegexOptions.Singleline))
            .Select(m => m.Groups[1].Value + m.Groups[2].Value).GroupBy(x => x).ToList();
        Assert.True(styles.Count >= 30, $"only {styles.Count} font and palette combinations");
        Assert.True(styles.Max(g => g.Count()) < 20, "one style dominates");
    }
}
