using Cosyn.Families.Mathematics.Problems;

namespace Cosyn.Families.Mathematics;

/// <summary>The built-in problem families, by subject; figure pipelines use the ones that come with a figure.</summary>
public static class MathFamilies
{
    public static IReadOnlyList<IMathFamily> All { get; } =
    [
        new LinearEquationFamily(), new QuadraticEquationFamily(), new LinearSystemFamily(),
        new DiscountFamily(), new TravelFamily(),
        new RightTriangleFamily(), new TriangleAnglesFamily(), new SectorFamily(), new RectangleFamily(), new RegularPolygonFamily(), new CoordinateSegmentFamily(),
        new CylinderFamily(), new BoxFamily(),
        new MarblesFamily(), new DiceFamily(),
        new TangentLineFamily(), new DefiniteIntegralFamily(),
    ];

    public static IMathFamily Get(string kind) => All.Single(f => f.Kind == kind);

    /// <summary>Families of a subject; solids count as geometry for typeset problems.</summary>
    public static IReadOnlyList<IMathFamily> ForSubject(string subject) =>
        [.. All.Where(f => f.Subject == subject || (subject == MathSubjects.Geometry && f.Subject == MathSubjects.Solid))];
}
