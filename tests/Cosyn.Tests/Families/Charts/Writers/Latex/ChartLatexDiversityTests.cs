using Cosyn.Families.Charts.Writers.Latex;

namespace Cosyn.Tests.Families.Charts.Writers.Latex;

/// <summary>chart-latex samples differ: topics, figure types and styles spread across a run.</summary>
public sealed class ChartLatexDiversityTests
{
    [Fact]
    public void TwoHundredSamples_HaveDistinctTopicsAndSpreadTypesAndStyles()
    {
        var pipeline = new ChartLatexPipeline();
        var samples = PipelineSamples.Diverse(pipeline, 200);
        PipelineSamples.AssertTopicsAndTypesSpread(pipeline, samples);

        // A style is the font set-up plus the first colour: both vary independently.
        var styles = samples.Select(s => Regex.Match(s.Code, @"\\usepackage\{lmodern\}\n(.*?)\\usepackage\{pgf.*?\{HTML\}\{(\w+)\}", RegexOptions.Singleline))
            .Select(m => m.Groups[1].Value + m.Groups[2].Value).GroupBy(x => x).ToList();
        Assert.True(styles.Count >= 30, $"only {styles.Count} font and palette combinations");
        Assert.True(styles.Max(g => g.Count()) < 20, "one style dominates");
    }
}
