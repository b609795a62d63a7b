namespace Cosyn.Tests.Families.Charts;

/// <summary>Samples must differ: topics, figure types and styles spread across a run.</summary>
public sealed class ChartDiversityTests
{
    internal static readonly string[] Personas =
    [
        .. ChartSamples.Personas,
        "A park ranger who counts wolves in the winter",
        "A jazz saxophonist who books small clubs",
        "A city planner obsessed with bike lanes",
        "An airline dispatcher in Denver",
        "A quiet person who enjoys long walks",
        "A start-up founder building a cloud platform",
    ];

    [Fact]
    public void TwoHundredSamples_HaveDistinctTopicsAndSpreadTypesAndStyles()
    {
        var samples = Enumerable.Range(0, 200).Select(i => ChartSamples.Make(5000 + i, persona: Personas[i % Personas.Length])).ToList();
        var distinctTopics = samples.Select(s => s.Topic.Topic).Distinct().Count();
        Assert.True(distinctTopics > 180, $"only {distinctTopics} distinct topics of 200");

        var types = samples.GroupBy(s => s.Topic.FigureType).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(ChartSamples.FigureTypes.Count, types.Count);
        // About half the even share (200 / types) keeps the check meaningful for 10 types and for 19.
        Assert.All(types, t => Assert.True(t.Value >= 100 / types.Count, $"{t.Key}: only {t.Value}"));

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
