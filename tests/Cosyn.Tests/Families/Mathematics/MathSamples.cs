using Cosyn.Catalog;
using Cosyn.Randomness;
using Cosyn.Synthesis;
using Cosyn.Synthesis.Procedural;
using Cosyn.Tests.Families.Tables;

namespace Cosyn.Tests.Families.Mathematics;

/// <summary>Math and geometry samples made the way the engine makes them: one seeded generator per stage.</summary>
internal static class MathSamples
{
    public static readonly string[] Pipelines = ["math-latex", "graphic-asymptote", "graphic-svg"];

    public static ProceduralSample Make(string pipelineName, long seed, string? figureType = null, string? query = null)
    {
        var pipeline = ProceduralPipelines.All.Single(p => p.Name == pipelineName);
        var ticket = new SampleTicket(seed, $"m-{seed}", PipelineCatalog.Find(pipelineName)!, new Persona(seed, TableSamples.Personas[seed % TableSamples.Personas.Length]), seed, query, figureType);
        return ProceduralSample.Make(pipeline, ticket);
    }
}
