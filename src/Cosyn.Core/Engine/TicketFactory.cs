using Cosyn.Synthesis;

namespace Cosyn.Engine;

/// <summary>Builds the fixed identity of the sample at a plan index: id, pipeline, persona and seed.</summary>
public sealed class TicketFactory(RunPlan plan, long runSeed, Func<long, Persona> personaForIndex, string? query)
{
    /// <summary>The ticket for <paramref name="index"/>; the same inputs always give the same ticket.</summary>
    public SampleTicket Create(long index)
    {
        var pipeline = plan.Pipelines[plan.PipelineOf(index)];
        var attempt = RunPlan.AttemptOf(index);
        // A retry is named after its slot, so an id says which sample of the plan it stands in for.
        var id = attempt == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{pipeline.Name}-s{runSeed}-{index:D6}")
            : string.Create(CultureInfo.InvariantCulture, $"{pipeline.Name}-s{runSeed}-{RunPlan.SlotOf(index):D6}-r{attempt}");
        // The pipeline is mixed in so that single-pipeline runs with the same --seed do not draw the same data in
        // different tools (measured: chart-matplotlib and chart-plotly runs with seed 5 had identical topics).
        var seed = SeedMath.SampleSeed(SeedMath.Combine(runSeed, pipeline.Name), index);
        return new SampleTicket(index, id, pipeline, personaForIndex(index), seed, query, plan.FigureTypeOf(index));
    }
}
