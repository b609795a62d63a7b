using Cosyn.Families.Diagrams.Builders;
using Cosyn.Families.Diagrams.Model;
using Cosyn.Families.Diagrams.Qa;
using Cosyn.Synthesis;
using Cosyn.Synthesis.Procedural;

namespace Cosyn.Families.Diagrams;

/// <summary>
/// The stages every diagram pipeline shares: persona-conditioned subject, typed diagram and its JSON, and QA computed
/// from the structure. A diagram pipeline adds only its name, figure types and code writer.
/// </summary>
public abstract class DiagramPipeline : IProceduralPipeline
{
    public abstract string Name { get; }

    public abstract IReadOnlyList<string> FigureTypes { get; }

    public ProceduralTopic CreateTopic(SampleTicket ticket, SeededRandom random) => DiagramTopicPlanner.Plan(ticket, FigureTypes, random);

    public ProceduralData CreateData(SampleTicket ticket, ProceduralTopic topic, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(topic);
        var diagram = DiagramBuilder.Build((DiagramPlan)topic.Plan, random);
        return new ProceduralData(DiagramJson.Write(diagram), diagram);
    }

    public string WriteCode(SampleTicket ticket, ProceduralTopic topic, ProceduralData data, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(data);
        return WriteCode((Diagram)data.Model, random);
    }

    public IReadOnlyList<QaPair> WriteQa(SampleTicket ticket, ProceduralTopic topic, ProceduralData data, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(data);
        return DiagramQaGenerator.Generate((Diagram)data.Model, random);
    }

    /// <summary>The tool's code for <paramref name="diagram"/>, with every label a question may ask about visible.</summary>
    protected abstract string WriteCode(Diagram diagram, SeededRandom random);
}
