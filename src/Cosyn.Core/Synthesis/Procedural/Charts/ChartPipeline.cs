using Cosyn.Model;
using Cosyn.Randomness;
using Cosyn.Synthesis.Procedural.Qa;

namespace Cosyn.Synthesis.Procedural.Charts;

/// <summary>
/// A chart pipeline over the shared layers: planned topic, generated data written as CSV, and data-derived QA.
/// A tool's pipeline supplies only its name, the figure types it draws, and the code for a <see cref="ChartSpec"/>.
/// </summary>
public abstract class ChartPipeline : IProceduralPipeline
{
    private readonly ChartTopicPlanner _planner = new();
    private readonly ChartQaGenerator _qa = new();

    public abstract string Name { get; }

    public abstract IReadOnlyList<string> FigureTypes { get; }

    public ProceduralTopic CreateTopic(SampleTicket ticket, SeededRandom random) => _planner.Plan(ticket, FigureTypes, random);

    public ProceduralData CreateData(SampleTicket ticket, ProceduralTopic topic, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(topic);
        var spec = ChartDataGenerator.Generate((ChartPlan)topic.Plan, random);
        return new ProceduralData(ChartCsv.Write(spec), spec);
    }

    public string WriteCode(SampleTicket ticket, ProceduralTopic topic, ProceduralData data, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(data);
        return WriteCode((ChartSpec)data.Model, random);
    }

    public IReadOnlyList<QaPair> WriteQa(SampleTicket ticket, ProceduralTopic topic, ProceduralData data, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(data);
        return _qa.Generate((ChartSpec)data.Model, random);
    }

    /// <summary>The tool's code drawing <paramref name="spec"/>, styled from <paramref name="random"/>.</summary>
    protected abstract string WriteCode(ChartSpec spec, SeededRandom random);
}
