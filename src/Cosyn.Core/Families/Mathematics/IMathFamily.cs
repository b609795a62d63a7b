namespace Cosyn.Families.Mathematics;

/// <summary>A parameterised family of problems (e.g. linear equations with integer roots); each call draws fresh numbers and solves them.</summary>
public interface IMathFamily
{
    /// <summary>Kind written to <c>data</c>, e.g. <c>linear-equation</c>.</summary>
    string Kind { get; }

    /// <summary>School subject / figure type, e.g. <c>algebra</c>.</summary>
    string Subject { get; }

    /// <summary>Whether the problem comes with a labelled figure (so figure pipelines can draw it).</summary>
    bool HasFigure { get; }

    /// <summary>Words of a user's query that point at this family (e.g. <c>quadratic</c>).</summary>
    IReadOnlyList<string> Keywords { get; }

    MathProblem Create(MathContext context, SeededRandom random);
}
