using Cosyn.Randomness;
using Cosyn.Synthesis;
using Cosyn.Synthesis.Procedural;

namespace Cosyn.Tests.Testing;

/// <summary>One procedural sample made the way the engine makes it: each stage with its own generator seeded from the ticket.</summary>
internal sealed record ProceduralSample(SampleTicket Ticket, ProceduralTopic Topic, ProceduralData Data, string Code, IReadOnlyList<QaPair> Qa)
{
    public string Pipeline => Ticket.Pipeline.Name;

    public long Seed => Ticket.Seed;

    /// <summary>Runs the four stages of <paramref name="pipeline"/> for <paramref name="ticket"/>; <paramref name="planTopic"/> replaces the topic stage when a test fixes it.</summary>
    public static ProceduralSample Make(IProceduralPipeline pipeline, SampleTicket ticket, Func<SampleTicket, SeededRandom, ProceduralTopic>? planTopic = null)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(ticket);
        var seed = ticket.Seed;
        var topic = (planTopic ?? pipeline.CreateTopic)(ticket, SeededRandom.For(seed, "topic"));
        var data = pipeline.CreateData(ticket, topic, SeededRandom.For(seed, "data"));
        var code = pipeline.WriteCode(ticket, topic, data, SeededRandom.For(seed, "code"));
        var qa = pipeline.WriteQa(ticket, topic, data, SeededRandom.For(seed, "qa"));
        return new ProceduralSample(ticket, topic, data, code, qa);
    }

    /// <summary>Human-readable dump used by golden files.</summary>
    public string Describe() => SampleDump.Describe(Pipeline, Seed, Topic, Data, Code, Qa);
}
