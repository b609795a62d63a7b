using Cosyn.Families.Charts.Writers.Html;

namespace Cosyn.Tests.Families.Charts.Writers.Html;

/// <summary>chart-html samples differ: topics, figure types and styles spread across a run.</summary>
public sealed class ChartHtmlDiversityTests
{
    [Fact]
    public void TwoHundredSamples_HaveDistinctTopicsAndSpreadTypesAndStyles()
    {
        var pipeline = new ChartHtmlPipeline();
        var samples = PipelineSamples.Diverse(pipeline, 200);
        PipelineSamples.AssertTopicsAndTypesSpread(pipeline, samples);

        // The stylesheet carries the whole theme: fonts, surface, sizes, palette.
        var styles = samples.Select(s => s.Code[s.Code.IndexOf("<style>", StringComparison.Ordinal)..s.Code.IndexOf("</style>", StringComparison.Ordinal)]).Distinct().Count();
        Assert.True(styles >= 150, $"only {styles} distinct stylesheets");
        var fonts = samples.Select(s => System.Text.RegularExpressions.Regex.Match(s.Code, "font-family: ([^;]+);").Groups[1].Value).GroupBy(f => f).ToList();
        Assert.True(fonts.Count >= 6 && fonts.Max(g => g.Count()) < 50, "font stacks are not spread");
    }
}
