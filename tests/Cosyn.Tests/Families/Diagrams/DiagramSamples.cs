using Cosyn.Catalog;
using Cosyn.Randomness;
using Cosyn.Synthesis;
using Cosyn.Synthesis.Procedural;

namespace Cosyn.Tests.Families.Diagrams;

/// <summary>Makes diagram samples the way the engine does: one seeded generator per stage; a figure type is fixed through the ticket.</summary>
internal static class DiagramSamples
{
    public static readonly string[] Personas =
    [
        "A night-shift nurse at a busy city hospital",
        "A software engineer who maintains a deployment pipeline",
        "A warehouse manager for an online retailer",
        "A high school history teacher",
        "A loan officer at a community bank",
        "An airline dispatcher in Denver",
        "A plant engineer at a bottling factory",
        "A quiet person who enjoys long walks",
    ];

    public static IReadOnlyList<string> Pipelines =>
        [.. ProceduralPipelines.All.Where(p => p.Name.StartsWith("diagram-", StringComparison.Ordinal)).Select(p => p.Name)];

    public static IProceduralPipeline Pipeline(string name) => ProceduralPipelines.All.Single(p => p.Name == name);

    public static ProceduralSample Make(string pipelineName, long seed, string? figureType = null, string? persona = null, string? query = null)
    {
        var pipeline = Pipeline(pipelineName);
        var ticket = new SampleTicket(seed, $"t-{seed}", PipelineCatalog.Find(pipelineName)!, new Persona(seed, persona ?? Personas[seed % Personas.Length]), seed, query, figureType);
        return ProceduralSample.Make(pipeline, ticket);
    }
}
