using Cosyn.Catalog;
using Cosyn.Rendering;
namespace Cosyn.Families.Mathematics.Writers.Latex;

/// <summary>The procedural <c>math-latex</c> pipeline: a generated, solved problem typeset with amsmath in a varied layout.</summary>
public sealed class MathLatexPipeline() : MathPipeline(Definition)
{
    private static readonly string[] Subjects = [MathSubjects.Algebra, MathSubjects.WordProblem, MathSubjects.Geometry, MathSubjects.Probability, MathSubjects.Calculus];

    /// <summary>The catalog entry.</summary>
    public static PipelineDefinition Definition { get; } = new("math-latex", PipelineFamily.Math, ToolNames.Latex, Subjects, SupportsLlm: true, () => new MathLatexPipeline());

    protected override IReadOnlyDictionary<string, IReadOnlyList<IMathFamily>> FamiliesByType { get; } =
        Subjects.ToDictionary(s => s, MathFamilies.ForSubject, StringComparer.Ordinal);

    protected override bool DrawsFigure => false;

    protected override string WriteCode(MathProblem problem, SeededRandom random) => MathLatexWriter.Write(problem, random);
}
