namespace Cosyn.Families.Mathematics;

/// <summary>The math-latex figure types, which are also the subjects problem families belong to.</summary>
public static class MathSubjects
{
    public const string Algebra = "algebra";
    public const string WordProblem = "arithmetic word problem";
    public const string Geometry = "geometry";
    public const string Probability = "probability";
    public const string Calculus = "calculus";
    public const string Solid = "solid";
}
