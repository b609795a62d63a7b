using Cosyn.Synthesis.Procedural;

namespace Cosyn.Tests.Families.Charts;

/// <summary>Makes samples of any procedural chart pipeline the way the engine does: one seeded generator per stage.</summary>
internal static class PipelineSamples
{
    /// <summary>A sample whose figure type the pipeline picks (or <paramref name="figureType"/> when given).</summary>
    public static ProceduralSample Make(IProceduralPipeline pipeline, long seed, string? figureType = null, string? persona = null) =>
        ChartSamples.Make(pipeline, seed, figureType, persona);

    /// <summary>Personas beyond <see cref="ChartSamples.Personas"/>, some naming no domain, for diversity runs.</summary>
    public static readonly string[] MorePersonas =
    [
        .. ChartSamples.Personas,
        "A park ranger who counts wolves in the winter",
        "A jazz saxophonist who books small clubs",
        "A city planner obsessed with bike lanes",
        "An airline dispatcher in Denver",
        "A quiet person who enjoys long walks",
        "A start-up founder building a cloud platform",
    ];

    /// <summary><paramref name="count"/> samples over rotating personas, the pipeline choosing figure types.</summary>
    public static List<ProceduralSample> Diverse(IProceduralPipeline pipeline, int count) =>
        [.. Enumerable.Range(0, count).Select(i => Make(pipeline, 5000 + i, persona: MorePersonas[i % MorePersonas.Length]))];

    /// <summary><see cref="Diverse"/> 200 samples, asserted to spread as <see cref="AssertTopicsAndTypesSpread"/> says.</summary>
    public static List<ProceduralSample> AssertDiverse(IProceduralPipeline pipeline)
    {
        var samples = Diverse(pipeline, 200);
        AssertTopicsAndTypesSpread(pipeline, samples);
        return samples;
    }

    /// <summary>Over 90% distinct topics, and every figure type drawn at least 8 times in 200 samples.</summary>
    public static void AssertTopicsAndTypesSpread(IProceduralPipeline pipeline, IReadOnlyList<ProceduralSample> samples)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(samples);
        var distinctTopics = samples.Select(s => s.Topic.Topic).Distinct().Count();
        Assert.True(distinctTopics > samples.Count * 0.9, $"only {distinctTopics} distinct topics of {samples.Count}");
        var types = samples.GroupBy(s => s.Topic.FigureType).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(pipeline.FigureTypes.Count, types.Count);
        // About half the even share (200 / types) keeps the check meaningful for 10 types and for 19.
        Assert.All(types, t => Assert.True(t.Value >= 100 / types.Count, $"{t.Key}: only {t.Value}"));
    }
}
