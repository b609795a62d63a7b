using Cosyn.Families.Graphics.Geometry;

namespace Cosyn.Families.Mathematics;

/// <summary>A generated problem with its computed solution: the typed model every math and geometry pipeline writes from.</summary>
/// <param name="Kind">Family, e.g. <c>right-triangle</c>; the checker recomputes by kind.</param>
/// <param name="Subject">Figure type / school subject, e.g. <c>geometry</c>.</param>
/// <param name="Title">Short topic line.</param>
/// <param name="Statement">The problem text; inline math between <c>$</c> signs, as a model would write it.</param>
/// <param name="Quantities">Givens first, then the solution's steps in order.</param>
/// <param name="AnswerKeys">Keys of the quantities the problem asks for.</param>
/// <param name="Figure">The labelled figure for geometry kinds; null for text-only problems.</param>
public sealed record MathProblem(
    string Kind,
    string Subject,
    string Title,
    string Statement,
    IReadOnlyList<MathQuantity> Quantities,
    IReadOnlyList<string> AnswerKeys,
    GeometryFigure? Figure)
{
    public IEnumerable<MathQuantity> Givens => Quantities.Where(q => q.Given);

    public IEnumerable<MathQuantity> Steps => Quantities.Where(q => !q.Given);

    public MathQuantity Get(string key) => Quantities.Single(q => q.Key == key);
}
