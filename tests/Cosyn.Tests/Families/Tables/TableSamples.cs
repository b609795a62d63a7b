using Cosyn.Catalog;
using Cosyn.Families.Tables;
using Cosyn.Randomness;
using Cosyn.Synthesis;
using Cosyn.Synthesis.Procedural;

namespace Cosyn.Tests.Families.Tables;

/// <summary>Makes table samples the way the engine does: one seeded generator per stage.</summary>
internal static class TableSamples
{
    public static readonly string[] Personas =
    [
        "A marine biologist in Monterey who tracks kelp forest recovery",
        "A retired accountant who invests in dividend stocks",
        "A night-shift nurse at a busy city hospital",
        "A high school principal planning next year's classes",
        "A city planner who cycles to work",
        "A long-haul truck driver who loves podcasts",
        "A jazz pianist booking a summer tour",
        "A volunteer coordinator at a food bank",
    ];

    /// <summary>Names of every registered table pipeline.</summary>
    public static IReadOnlyList<string> Pipelines =>
        [.. ProceduralPipelines.All.Where(p => p.Name.StartsWith("table-", StringComparison.Ordinal)).Select(p => p.Name)];

    public static IProceduralPipeline Pipeline(string name) => ProceduralPipelines.All.Single(p => p.Name == name);

    public static SampleTicket Ticket(string pipeline, long seed, string? persona = null) =>
        new(seed, $"t-{seed}", PipelineCatalog.Find(pipeline)!, new Persona(seed, persona ?? Personas[seed % Personas.Length]), seed);

    /// <summary>A sample whose figure type the pipeline picks (or <paramref name="figureType"/> when given).</summary>
    public static ProceduralSample Make(string pipelineName, long seed, string? figureType = null, string? persona = null)
    {
        var pipeline = Pipeline(pipelineName);
        var ticket = Ticket(pipelineName, seed, persona);
        return ProceduralSample.Make(pipeline, ticket, figureType is null ? null : (t, random) => new TableTopicPlanner().Plan(t, [figureType], random));
    }
}
