using Cosyn.Families.Documents.Qa;
using Cosyn.Synthesis;
using Cosyn.Synthesis.Procedural;

namespace Cosyn.Families.Documents;

/// <summary>
/// The stages every document pipeline shares: persona- and query-conditioned topic, JSON data and QA from the typed
/// document. A document pipeline adds only its name, the kinds it draws and its code writer.
/// </summary>
public abstract class DocumentPipeline : IProceduralPipeline
{
    private readonly DocumentTopicPlanner _planner = new();

    public abstract string Name { get; }

    public abstract IReadOnlyList<string> FigureTypes { get; }

    public ProceduralTopic CreateTopic(SampleTicket ticket, SeededRandom random) => _planner.Plan(ticket, FigureTypes, random);

    public ProceduralData CreateData(SampleTicket ticket, ProceduralTopic topic, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(topic);
        var spec = DocumentDataGenerator.Generate((DocumentPlan)topic.Plan, random);
        return new ProceduralData(DocumentJson.Write(spec), spec);
    }

    public string WriteCode(SampleTicket ticket, ProceduralTopic topic, ProceduralData data, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(data);
        return WriteCode((DocumentSpec)data.Model, random);
    }

    public IReadOnlyList<QaPair> WriteQa(SampleTicket ticket, ProceduralTopic topic, ProceduralData data, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(data);
        return DocumentQaGenerator.Generate((DocumentSpec)data.Model, random);
    }

    /// <summary>The tool's code for <paramref name="spec"/>, with every value a question may ask about visible.</summary>
    protected abstract string WriteCode(DocumentSpec spec, SeededRandom random);
}
