using System.Globalization;
using Cosyn.Model;
using Cosyn.Randomness;
using Cosyn.Synthesis;

namespace Cosyn.Engine;

/// <summary>Builds the fixed identity of the sample at a plan index: id, pipeline, persona and seed.</summary>
public sealed class TicketFactory(RunPlan plan, long runSeed, Func<long, Persona> personaForIndex, string? query)
{
    /// <summary>The ticket for <paramref name="index"/>; the same inputs always give the same ticket.</summary>
    public SampleTicket Create(long index)
    {
        var pipeline = plan.Pipelines[plan.PipelineOf(index)];
        var id = string.Create(CultureInfo.InvariantCulture, $"{pipeline.Name}-s{runSeed}-{index:D6}");
        return new SampleTicket(index, id, pipeline, personaForIndex(index), SeedMath.SampleSeed(runSeed, index), query);
    }
}
