using Cosyn.Catalog;
using Cosyn.Randomness;
using Cosyn.Synthesis;
using Cosyn.Synthesis.Procedural;

namespace Cosyn.Tests.Families.Screens;

/// <summary>Makes screen-html and point-html samples the way the engine does: one seeded generator per stage.</summary>
internal static class ScreenSamples
{
    public static readonly string[] Personas =
    [
        "A soybean farmer in Iowa who tracks crop yields and rainfall",
        "A night-shift nurse at a busy city hospital",
        "A retired accountant who invests in dividend stocks",
        "A high school science teacher planning a field trip",
        "A line cook who dreams of opening a bistro",
        "A backend engineer on call for a payments API",
        "A jazz pianist booking a summer tour",
        "A quiet person who enjoys long walks",
    ];

    public static IProceduralPipeline Pipeline(string name) => ProceduralPipelines.All.Single(p => p.Name == name);

    public static ProceduralSample Make(string pipelineName, long seed, string? figureType = null, string? persona = null, string? query = null)
    {
        var pipeline = Pipeline(pipelineName);
        var ticket = new SampleTicket(seed, $"t-{seed}", PipelineCatalog.Find(pipelineName)!, new Persona(seed, persona ?? Personas[seed % Personas.Length]), seed, query, figureType);
        return ProceduralSample.Make(pipeline, ticket);
    }
}
