using Cosyn.Catalog;
using Cosyn.Model;
using Cosyn.Randomness;
using Cosyn.Synthesis;
using Cosyn.Synthesis.Procedural;

namespace Cosyn.Bench;

/// <summary>Code of procedural samples made the way the engine makes it (each stage seeded from the ticket), without rendering.</summary>
internal static class BenchSamples
{
    /// <summary>The code of samples 0..<paramref name="count"/>-1 of <paramref name="pipeline"/>.</summary>
    public static IReadOnlyList<string> Codes(string pipeline, int count)
    {
        var definition = PipelineCatalog.Find(pipeline) ?? throw new ArgumentException($"unknown pipeline {pipeline}", nameof(pipeline));
        var procedural = ProceduralPipelines.All.First(p => p.Name == pipeline);
        return [.. Enumerable.Range(0, count).Select(i =>
        {
            var seed = 7919L * (i + 1);
            var ticket = new SampleTicket(i, $"{pipeline}-{i}", definition, new Persona(i, "a secondary-school teacher who likes clear figures"), seed);
            var topic = procedural.CreateTopic(ticket, SeededRandom.For(seed, "topic"));
            var data = procedural.CreateData(ticket, topic, SeededRandom.For(seed, "data"));
            return procedural.WriteCode(ticket, topic, data, SeededRandom.For(seed, "code"));
        })];
    }
}
