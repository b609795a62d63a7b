using Cosyn.Families.Tables;
using Cosyn.Randomness;
using Cosyn.Synthesis;
using Cosyn.Synthesis.Procedural;

namespace Cosyn.Tests.Families.Tables;

/// <summary>Makes table samples the way the engine does: one seeded generator per stage.</summary>
internal static class TableSamples
{
    private static readonly FamilySamples Family = new("Tables");

    public static string[] Personas => Family.Personas;

    /// <summary>Names of every registered table pipeline.</summary>
    public static IReadOnlyList<string> Pipelines => FamilySamples.PipelinesNamed("table-");

    public static IProceduralPipeline Pipeline(string name) => FamilySamples.Pipeline(name);

    public static SampleTicket Ticket(string pipeline, long seed, string? persona = null) => Family.Ticket(pipeline, seed, persona);

    /// <summary>A sample whose figure type the pipeline picks (or <paramref name="figureType"/> when given).</summary>
    public static ProceduralSample Make(string pipelineName, long seed, string? figureType = null, string? persona = null)
    {
        var pipeline = Pipeline(pipelineName);
        var ticket = Ticket(pipelineName, seed, persona);
        return ProceduralSample.Make(pipeline, ticket, figureType is null ? null : (t, random) => new TableTopicPlanner().Plan(t, [figureType], random));
    }
}
