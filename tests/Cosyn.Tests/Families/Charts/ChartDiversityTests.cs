using Cosyn.Families.Charts.Writers.Matplotlib;

namespace Cosyn.Tests.Families.Charts;

/// <summary>Samples must differ: topics, figure types and styles spread across a run.</summary>
public sealed class ChartDiversityTests
{
    /// <summary>The chart personas and some naming no domain (<see cref="PipelineSamples.MorePersonas"/>).</summary>
    internal static string[] Personas => PipelineSamples.MorePersonas;

    [Fact]
    public void TwoHundredSamples_HaveDistinctTopicsAndSpreadTypesAndStyles()
    {
        var samples = PipelineSamples.Diverse(new ChartMatplotlibPipeline(), 200);
        PipelineSamples.AssertTopicsAndTypesSpread(new ChartMatplotlibPipeline(), samples);

        var styles = samples.Select(s => Regex.Match(s.Code, @"plt\.style\.use\('([^']+)'\)").Groups[1].Value).GroupBy(x => x).ToList();
        Assert.True(styles.Count >= 10, $"only {styles.Count} style sheets");
        Assert.True(styles.Max(g => g.Count()) < 40, "one style dominates");
    }

    [Fact]
    public void SamePersonaAlone_StillGivesVariedTopics()
    {
        var topics = Enumerable.Range(0, 100).Select(i => ChartSamples.Make(9000 + i, persona: ChartSamples.Personas[0]).Topic.Topic).ToList();
        Assert.True(topics.Distinct().Count() > 85, $"{topics.Distinct().Count()} distinct");
    }
}
