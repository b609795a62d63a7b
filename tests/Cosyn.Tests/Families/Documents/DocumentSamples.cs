using Cosyn.Catalog;
using Cosyn.Randomness;
using Cosyn.Synthesis;
using Cosyn.Synthesis.Procedural;

namespace Cosyn.Tests.Families.Documents;

/// <summary>Makes document samples the way the engine does: one seeded generator per stage.</summary>
internal static class DocumentSamples
{
    public static readonly string[] Personas =
    [
        "A bakery owner who supplies three cafés with sourdough",
        "A nurse practitioner at a rural family clinic",
        "A software engineer who builds cloud dashboards",
        "A dairy farmer in Wisconsin",
        "A high school teacher who runs the robotics club",
        "A freelance session guitarist",
        "A property manager for downtown apartments",
        "A quiet person who enjoys long walks",
    ];

    public static IReadOnlyList<string> Pipelines { get; } = ["document-latex", "document-html"];

    public static IProceduralPipeline Pipeline(string name) => ProceduralPipelines.All.Single(p => p.Name == name);

    /// <summary>A sample whose kind the pipeline picks unless <paramref name="figureType"/> or <paramref name="query"/> steers it.</summary>
    public static ProceduralSample Make(string pipelineName, long seed, string? figureType = null, string? persona = null, string? query = null)
    {
        var pipeline = Pipeline(pipelineName);
        var ticket = new SampleTicket(seed, $"t-{seed}", PipelineCatalog.Find(pipelineName)!, new Persona(seed, persona ?? Personas[seed % Personas.Length]), seed, query, figureType);
        return ProceduralSample.Make(pipeline, ticket);
    }
}
