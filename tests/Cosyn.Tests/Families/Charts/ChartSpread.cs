using Cosyn.Synthesis.Procedural;

namespace Cosyn.Tests.Families.Charts;

/// <summary>Shared diversity checks and golden cases for chart pipelines beyond matplotlib.</summary>
internal static class ChartSpread
{
    /// <summary>Seeds and forced figure types every pipeline's golden files cover.</summary>
    public static TheoryData<string, long, string?> GoldenCases => new()
    {
        { "seed-7", 7, null },
        { "stacked-bar-3", 3, "stacked bar" },
        { "donut-11", 11, "donut" },
        { "scatter-5", 5, "scatter" },
        { "multi-line-2", 2, "multi-line" },
    };

    /// <summary>200 samples over varied personas; asserts over 90% distinct topics and every figure type present, and returns them.</summary>
    public static IReadOnlyList<ProceduralSample> AssertTopicsAndTypesSpread(IProceduralPipeline pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        var samples = PipelineSamples.Diverse(pipeline, 200);
        var distinctTopics = samples.Select(s => s.Topic.Topic).Distinct().Count();
        Assert.True(distinctTopics > 180, $"only {distinctTopics} distinct topics of 200");
        Assert.Equal(pipeline.FigureTypes.Count, samples.Select(s => s.Topic.FigureType).Distinct().Count());
        return samples;
    }
}
