using Cosyn.Families.Charts;
using Cosyn.Families.Charts.Writers.Matplotlib;
using Cosyn.Randomness;
using Cosyn.Synthesis;
using Cosyn.Synthesis.Procedural;

namespace Cosyn.Tests.Families.Charts;

/// <summary>Makes chart samples the way the engine does: one seeded generator per stage (chart-matplotlib unless a pipeline is given).</summary>
internal static class ChartSamples
{
    private static readonly FamilySamples Family = new("Charts");

    public static string[] Personas => Family.Personas;

    private static readonly ChartMatplotlibPipeline Pipeline = new();

    public static SampleTicket Ticket(long seed, string? persona = null, string pipeline = "chart-matplotlib") => Family.Ticket(pipeline, seed, persona);

    /// <summary>A chart-matplotlib sample whose figure type the pipeline picks (or <paramref name="figureType"/> when given).</summary>
    public static ProceduralSample Make(long seed, string? figureType = null, string? persona = null) => Make(Pipeline, seed, figureType, persona);

    /// <summary>A sample of <paramref name="pipeline"/> whose figure type it picks (or <paramref name="figureType"/> when given).</summary>
    public static ProceduralSample Make(IProceduralPipeline pipeline, long seed, string? figureType = null, string? persona = null)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        var ticket = Ticket(seed, persona, pipeline.Name);
        return ProceduralSample.Make(pipeline, ticket, figureType is null ? null : (t, random) => new ChartTopicPlanner().Plan(t, [figureType], random));
    }

    /// <summary>Human-readable dump used by golden files and previews.</summary>
    public static string Describe(ProceduralSample sample)
    {
        var text = new System.Text.StringBuilder();
        text.Append("# seed ").Append(sample.Seed).Append('\n');
        text.Append("# figure type: ").Append(sample.Topic.FigureType).Append('\n');
        text.Append("# topic: ").Append(sample.Topic.Topic).Append("\n\n## data\n").Append(sample.Data.Text);
        text.Append("\n## code\n").Append(sample.Code).Append("\n## qa\n");
        foreach (var qa in sample.Qa)
        {
            text.Append("Q: ").Append(qa.Question).Append("\nE: ").Append(qa.Explanation).Append("\nA: ").Append(qa.Answer).Append("\n\n");
        }

        return text.ToString();
    }

    public static IReadOnlyList<string> FigureTypes => Pipeline.FigureTypes;
}
