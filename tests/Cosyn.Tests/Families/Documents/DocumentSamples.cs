using Cosyn.Synthesis.Procedural;

namespace Cosyn.Tests.Families.Documents;

/// <summary>Makes document samples the way the engine does: one seeded generator per stage.</summary>
internal static class DocumentSamples
{
    private static readonly FamilySamples Family = new("Documents");

    public static string[] Personas => Family.Personas;

    public static IReadOnlyList<string> Pipelines { get; } = ["document-latex", "document-html"];

    public static IProceduralPipeline Pipeline(string name) => FamilySamples.Pipeline(name);

    /// <summary>A sample whose kind the pipeline picks unless <paramref name="figureType"/> or <paramref name="query"/> steers it.</summary>
    public static ProceduralSample Make(string pipelineName, long seed, string? figureType = null, string? persona = null, string? query = null) =>
        Family.Make(pipelineName, seed, figureType, persona, query);
}
