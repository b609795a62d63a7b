using Cosyn.Synthesis;
using Cosyn.Synthesis.Procedural;

namespace Cosyn.Families.Circuits.Writers.Latex;

/// <summary>The procedural <c>circuit-latex</c> pipeline: persona-conditioned circuits of preferred values, drawn with circuitikz, QA by circuit analysis.</summary>
public sealed class CircuitLatexPipeline : IProceduralPipeline
{
    public string Name => "circuit-latex";

    public IReadOnlyList<string> FigureTypes => CircuitFigureTypes.All;

    public ProceduralTopic CreateTopic(SampleTicket ticket, SeededRandom random) => CircuitTopicPlanner.Plan(ticket, FigureTypes, random);

    public ProceduralData CreateData(SampleTicket ticket, ProceduralTopic topic, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(topic);
        var spec = CircuitDataGenerator.Generate((CircuitPlan)topic.Plan, random);
        return new ProceduralData(CircuitJson.Write(spec), spec);
    }

    public string WriteCode(SampleTicket ticket, ProceduralTopic topic, ProceduralData data, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(data);
        return CircuitikzWriter.Write((CircuitSpec)data.Model, random);
    }

    public IReadOnlyList<QaPair> WriteQa(SampleTicket ticket, ProceduralTopic topic, ProceduralData data, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(data);
        return CircuitQaGenerator.Generate((CircuitSpec)data.Model, random);
    }
}
