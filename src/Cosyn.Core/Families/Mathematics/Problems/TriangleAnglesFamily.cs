namespace Cosyn.Families.Mathematics.Problems;

/// <summary>Angle sum in triangle ABC: the third angle from two marked angles, and the exterior angle at C.</summary>
public sealed class TriangleAnglesFamily : IMathFamily
{
    public string Kind => "triangle-angles";

    public string Subject => MathSubjects.Geometry;

    public bool HasFigure => true;

    public IReadOnlyList<string> Keywords { get; } = ["angle", "angles", "triangle", "exterior"];

    public MathProblem Create(MathContext context, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(random);
        long a = random.Next(7, 18) * 5, b;
        do
        {
            b = random.Next(6, 18) * 5;
        }
        while (a + b > 150 || a + b < 70);

        var c = 180 - a - b;
        var p = new ProblemBuilder(Kind, Subject);
        p.Given("A", "angle at A", a, "°");
        p.Given("B", "angle at B", b, "°");
        p.Step("C", "angle at C", c, "°", $"The angles of a triangle add up to 180°, so ∠C = 180° - {a}° - {b}° = {c}°.");
        p.Step("exterior", "exterior angle at C", a + b, "°", $"The exterior angle at C equals the sum of the two remote interior angles: {a}° + {b}° = {a + b}° (or 180° - {c}° = {a + b}°).");
        var largest = Math.Max(a, Math.Max(b, c));
        p.Step("largest", "largest angle of the triangle", largest, "°", $"Comparing {a}°, {b}° and {c}°, the largest angle is {largest}°.");

        // Place C by the law of sines on a base AB of length 6 so the drawn angles are the stated ones.
        var ra = a * Math.PI / 180;
        var rb = b * Math.PI / 180;
        var ac = 6 * Math.Sin(rb) / Math.Sin(ra + rb);
        var figure = new FigureBuilder().Point("A", 0, 0).Point("B", 6, 0).Point("C", ac * Math.Cos(ra), ac * Math.Sin(ra))
            .Point("D", (ac * Math.Cos(ra)) + (2.2 * Math.Cos(ra)), (ac * Math.Sin(ra)) + (2.2 * Math.Sin(ra)), showName: false)
            .Polygon(["A", "B", "C"], [null, null, null])
            .Segment("C", "D", dashed: true)
            .Angle("A", "B", "C", $"{a}°").Angle("B", "C", "A", $"{b}°").Angle("C", "A", "B", "?")
            .Build();
        var statement = $"In triangle $ABC$, $\\angle A = {a}^\\circ$ and $\\angle B = {b}^\\circ$. Side $AC$ is extended beyond $C$. Find $\\angle C$ and the exterior angle at $C$.";
        return p.Build("Angles in a triangle", statement, ["C", "exterior"], figure);
    }
}
