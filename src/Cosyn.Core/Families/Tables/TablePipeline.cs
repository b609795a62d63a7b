using Cosyn.Families.Tables.Qa;
using Cosyn.Synthesis;
using Cosyn.Synthesis.Procedural;

namespace Cosyn.Families.Tables;

/// <summary>
/// The stages every table pipeline shares: persona-conditioned topic, JSON data and QA from the typed table.
/// A table pipeline adds only its name, the figure types it draws and its code writer.
/// </summary>
public abstract class TablePipeline : IProceduralPipeline
{
    private readonly TableTopicPlanner _planner = new();
    private readonly TableQaGenerator _qa = new();

    public abstract string Name { get; }

    public abstract IReadOnlyList<string> FigureTypes { get; }

    public ProceduralTopic CreateTopic(SampleTicket ticket, SeededRandom random) => _planner.Plan(ticket, FigureTypes, random);

    public ProceduralData CreateData(SampleTicket ticket, ProceduralTopic topic, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(topic);
        var spec = TableDataGenerator.Generate((TablePlan)topic.Plan, random);
        return new ProceduralData(TableJson.Write(spec), spec);
    }

    public string WriteCode(SampleTicket ticket, ProceduralTopic topic, ProceduralData data, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(data);
        return WriteCode((TableSpec)data.Model, random);
    }

    public IReadOnlyList<QaPair> WriteQa(SampleTicket ticket, ProceduralTopic topic, ProceduralData data, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(data);
        return _qa.Generate((TableSpec)data.Model, random);
    }

    /// <summary>The tool's code for <paramref name="spec"/>, with every value a question may ask about visible.</summary>
    protected abstract string WriteCode(TableSpec spec, SeededRandom random);
}
