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

    public static ScreenSample Make(string pipelineName, long seed, string? figureType = null, string? persona = null, string? query = null)
    {
        var pipeline = Pipeline(pipelineName);
        var ticket = new SampleTicket(seed, $"t-{seed}", PipelineCatalog.Find(pipelineName)!, new Persona(seed, persona ?? Personas[seed % Personas.Length]), seed, query, figureType);
        var topic = pipeline.CreateTopic(ticket, SeededRandom.For(seed, "topic"));
        var data = pipeline.CreateData(ticket, topic, SeededRandom.For(seed, "data"));
        var code = pipeline.WriteCode(ticket, topic, data, SeededRandom.For(seed, "code"));
        var qa = pipeline.WriteQa(ticket, topic, data, SeededRandom.For(seed, "qa"));
        return new ScreenSample(ticket, topic, data, code, qa);
    }

    /// <summary>Human-readable dump used by golden files, in the table goldens' format.</summary>
    public static string Describe(ScreenSample sample) =>
        Tables.TableSamples.Describe(new Tables.TableSample(sample.Ticket.Pipeline.Name, sample.Ticket.Seed, sample.Topic, sample.Data, sample.Code, sample.Qa));
}
