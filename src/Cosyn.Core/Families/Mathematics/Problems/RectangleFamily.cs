namespace Cosyn.Families.Mathematics.Problems;

/// <summary>Rectangle ABCD with labelled sides: area, perimeter and the diagonal (a surd unless the sides make a triple).</summary>
public sealed class RectangleFamily : IMathFamily
{
    public string Kind => "rectangle";

    public string Subject => MathSubjects.Geometry;

    public bool HasFigure => true;

    public IReadOnlyList<string> Keywords { get; } = ["rectangle", "area", "perimeter", "diagonal", "polygon"];

    public MathProblem Create(MathContext context, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var unit = random.Pick(GeometryUnits.Lengths);
        long w = random.Next(4, 19), h;
        do
        {
            h = random.Next(2, 13);
        }
        while (h >= w);

        var p = new ProblemBuilder(Kind, Subject);
        p.Given("AB", "length of side AB", w, unit);
        p.Given("BC", "length of side BC", h, unit);
        p.Step("area", "area of rectangle ABCD", w * h, unit + "²", $"Area = length × width = {w} × {h} = {w * h} {unit}².");
        p.Step("perimeter", "perimeter of rectangle ABCD", 2 * (w + h), unit, $"Perimeter = 2 × ({w} + {h}) = 2 × {w + h} = {2 * (w + h)} {unit}.");
        var d = ExactValue.Sqrt((w * w) + (h * h));
        p.Step("AC", "length of diagonal AC", d, unit, $"Diagonal AC = √({w}² + {h}²) = √({w * w} + {h * h}) = √{(w * w) + (h * h)}" + (d.IsRational ? $" = {d} {unit}." : $" = {d} ≈ {MathFormat.Number(d)} {unit}."));
        var figure = new FigureBuilder().Point("A", 0, 0).Point("B", w, 0).Point("C", w, h).Point("D", 0, h)
            .Polygon(["A", "B", "C", "D"], [$"{w} {unit}", $"{h} {unit}", null, null])
            .Segment("A", "C", "?", dashed: true, side: -1)
            .Angle("B", "C", "A", right: true)
            .Build();
        var statement = $"Rectangle $ABCD$ has $AB = {w}$ {unit} and $BC = {h}$ {unit}. Find its area, its perimeter and the length of the diagonal $AC$.";
        return p.Build("Area, perimeter and diagonal of a rectangle", statement, ["area", "perimeter", "AC"], figure);
    }
}
