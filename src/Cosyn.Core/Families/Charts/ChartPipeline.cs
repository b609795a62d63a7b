using Cosyn.Families.Charts.Qa;
using Cosyn.Synthesis;
using Cosyn.Synthesis.Procedural;

namespace Cosyn.Families.Charts;

/// <summary>
/// A chart pipeline built on the shared layers: topic from <see cref="ChartTopicPlanner"/>, data from
/// <see cref="ChartDataGenerator"/> (CSV), QA from <see cref="ChartQaGenerator"/>. A tool adds only its code writer.
/// </summary>
public abstract class ChartPipeline : IProceduralPipeline
{
    private readonly ChartTopicPlanner _planner = new();
    private readonly ChartQaGenerator _qa = new();

    public abstract string Name { get; }

    /// <summary>The shared figure types by default; a tool that draws fewer or more overrides this.</summary>
    public virtual IReadOnlyList<string> FigureTypes => ChartFigureTypes.Standard;

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

    /// <summary>The tool's code for <paramref name="spec"/>, with every value a question may ask about labelled.</summary>
    protected abstract string WriteCode(ChartSpec spec, SeededRandom random);
}
