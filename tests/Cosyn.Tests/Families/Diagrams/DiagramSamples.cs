using Cosyn.Synthesis.Procedural;

namespace Cosyn.Tests.Families.Diagrams;

/// <summary>Makes diagram samples the way the engine does: one seeded generator per stage; a figure type is fixed through the ticket.</summary>
internal static class DiagramSamples
{
    private static readonly FamilySamples Family = new("Diagrams");

    public static string[] Personas => Family.Personas;

    public static IReadOnlyList<string> Pipelines => FamilySamples.PipelinesNamed("diagram-");

    public static IProceduralPipeline Pipeline(string name) => FamilySamples.Pipeline(name);

    public static ProceduralSample Make(string pipelineName, long seed, string? figureType = null, string? persona = null, string? query = null) =>
        Family.Make(pipelineName, seed, figureType, persona, query);
}
