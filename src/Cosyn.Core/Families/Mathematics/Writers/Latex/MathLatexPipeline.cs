namespace Cosyn.Families.Mathematics.Writers.Latex;

/// <summary>The procedural <c>math-latex</c> pipeline: a generated, solved problem typeset with amsmath in a varied layout.</summary>
public sealed class MathLatexPipeline : MathPipeline
{
    private static readonly string[] Subjects = [MathSubjects.Algebra, MathSubjects.WordProblem, MathSubjects.Geometry, MathSubjects.Probability, MathSubjects.Calculus];

    public override string Name => "math-latex";

    protected override IReadOnlyDictionary<string, IReadOnlyList<IMathFamily>> FamiliesByType { get; } =
        Subjects.ToDictionary(s => s, MathFamilies.ForSubject, StringComparer.Ordinal);

    protected override bool DrawsFigure => false;

    protected override string WriteCode(MathProblem problem, SeededRandom random) => MathLatexWriter.Write(problem, random);
}
