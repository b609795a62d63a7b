using Cosyn.Model;
using Cosyn.Randomness;
using Cosyn.Synthesis;
using Cosyn.Synthesis.Procedural;
using Cosyn.Synthesis.Procedural.Charts;
using Cosyn.Synthesis.Procedural.Qa;

namespace Cosyn.Pipelines.ChartMatplotlib;

/// <summary>
/// The procedural <c>chart-matplotlib</c> pipeline: shared chart topic, data and QA stages, with matplotlib code.
/// Other chart pipelines reuse everything but <see cref="MatplotlibCodeWriter"/>.
/// </summary>
public sealed class ChartMatplotlibPipeline : IProceduralPipeline
{
    private readonly ChartTopicPlanner _planner = new();
    private readonly ChartQaGenerator _qa = new();

    public string Name => "chart-matplotlib";

    public IReadOnlyList<string> FigureTypes { get; } =
    [
        ChartFigureTypes.Bar, ChartFigureTypes.HorizontalBar, ChartFigureTypes.GroupedBar, ChartFigureTypes.StackedBar,
        ChartFigureTypes.Line, ChartFigureTypes.MultiLine, ChartFigureTypes.Area, ChartFigureTypes.Pie,
        ChartFigureTypes.Donut, ChartFigureTypes.Scatter,
    ];

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
        return MatplotlibCodeWriter.Write((ChartSpec)data.Model, random);
    }

    public IReadOnlyList<QaPair> WriteQa(SampleTicket ticket, ProceduralTopic topic, ProceduralData data, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(data);
        return _qa.Generate((ChartSpec)data.Model, random);
    }
}
