using Cosyn.Model;
using Cosyn.Randomness;
using Cosyn.Synthesis;
using Cosyn.Synthesis.Procedural;
using Cosyn.Synthesis.Procedural.Mathematics;

namespace Cosyn.Pipelines.MathLatex;

/// <summary>The procedural <c>math-latex</c> pipeline: a generated, solved problem typeset with amsmath in a varied layout.</summary>
public sealed class MathLatexPipeline : IProceduralPipeline
{
    private static readonly string[] Subjects = [MathSubjects.Algebra, MathSubjects.WordProblem, MathSubjects.Geometry, MathSubjects.Probability, MathSubjects.Calculus];

    private static readonly Dictionary<string, IReadOnlyList<IMathFamily>> FamiliesByType =
        Subjects.ToDictionary(s => s, MathFamilies.ForSubject, StringComparer.Ordinal);

    public string Name => "math-latex";

    public IReadOnlyList<string> FigureTypes => Subjects;

    public ProceduralTopic CreateTopic(SampleTicket ticket, SeededRandom random) => MathTopicPlanner.Plan(ticket, FamiliesByType, random);

    public ProceduralData CreateData(SampleTicket ticket, ProceduralTopic topic, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(topic);
        var problem = (MathProblem)topic.Plan;
        return new ProceduralData(MathJson.Write(problem), problem);
    }

    public string WriteCode(SampleTicket ticket, ProceduralTopic topic, ProceduralData data, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(data);
        return MathLatexWriter.Write((MathProblem)data.Model, random);
    }

    public IReadOnlyList<QaPair> WriteQa(SampleTicket ticket, ProceduralTopic topic, ProceduralData data, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(data);
        return MathQaGenerator.Generate((MathProblem)data.Model, figure: false, random);
    }
}
