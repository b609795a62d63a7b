using Cosyn.Synthesis;
using Cosyn.Synthesis.Procedural;

namespace Cosyn.Families.Mathematics;

/// <summary>
/// The stages every math and geometry pipeline shares: a problem from a family of the figure type, its JSON question +
/// solution, and QA from the typed problem. A pipeline adds its name, families per figure type and its code writer.
/// </summary>
public abstract class MathPipeline : IProceduralPipeline
{
    public abstract string Name { get; }

    public virtual IReadOnlyList<string> FigureTypes => [.. FamiliesByType.Keys];

    /// <summary>Problem families per figure type this pipeline draws.</summary>
    protected abstract IReadOnlyDictionary<string, IReadOnlyList<IMathFamily>> FamiliesByType { get; }

    /// <summary>Whether the image is a figure (QA then reads values "from the figure").</summary>
    protected abstract bool DrawsFigure { get; }

    public virtual ProceduralTopic CreateTopic(SampleTicket ticket, SeededRandom random) => MathTopicPlanner.Plan(ticket, FamiliesByType, random);

    public virtual ProceduralData CreateData(SampleTicket ticket, ProceduralTopic topic, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(topic);
        var problem = (MathProblem)topic.Plan;
        return new ProceduralData(MathJson.Write(problem), problem);
    }

    public virtual string WriteCode(SampleTicket ticket, ProceduralTopic topic, ProceduralData data, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(data);
        return WriteCode((MathProblem)data.Model, random);
    }

    public virtual IReadOnlyList<QaPair> WriteQa(SampleTicket ticket, ProceduralTopic topic, ProceduralData data, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(data);
        return MathQaGenerator.Generate((MathProblem)data.Model, DrawsFigure, random);
    }

    /// <summary>The tool's code for <paramref name="problem"/>.</summary>
    protected abstract string WriteCode(MathProblem problem, SeededRandom random);
}
