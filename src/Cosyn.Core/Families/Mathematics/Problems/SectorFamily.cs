using Cosyn.Families.Graphics.Geometry;

namespace Cosyn.Families.Mathematics.Problems;

/// <summary>A circle with a shaded sector: arc length and sector area kept in terms of π, plus circumference and circle area.</summary>
public sealed class SectorFamily : IMathFamily
{
    public string Kind => "circle-sector";

    public string Subject => MathSubjects.Geometry;

    public bool HasFigure => true;

    public IReadOnlyList<string> Keywords { get; } = ["circle", "sector", "arc", "radius", "circumference", "pi"];

    public MathProblem Create(MathContext context, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var unit = random.Pick(GeometryUnits.Lengths);
        long r = random.Next(2, 16);
        long theta = random.Pick(new long[] { 30, 40, 45, 60, 72, 80, 90, 100, 120, 135, 150 });
        var p = new ProblemBuilder(Kind, Subject);
        p.Given("r", "radius of the circle", r, unit);
        p.Given("theta", "central angle of the sector", theta, "°");
        var arc = ExactValue.Pi(new Rational(theta * r, 180));
        p.Step("circumference", "circumference of the circle", ExactValue.Pi(2 * r), unit, $"Circumference = 2πr = 2π × {r} = {ExactValue.Pi(2 * r)} ≈ {MathFormat.Number(ExactValue.Pi(2 * r))} {unit}.");
        p.Step("arc", "length of arc AB", arc, unit, $"Arc length = (θ/360°) × 2πr = ({theta}/360) × 2π × {r} = {arc} ≈ {MathFormat.Number(arc)} {unit}.");
        var circleArea = ExactValue.Pi(r * r);
        p.Step("circleArea", "area of the whole circle", circleArea, unit + "²", $"Circle area = πr² = π × {r}² = {circleArea} ≈ {MathFormat.Number(circleArea)} {unit}².");
        var sector = ExactValue.Pi(new Rational(theta * r * r, 360));
        p.Step("sector", "area of sector AOB", sector, unit + "²", $"Sector area = (θ/360°) × πr² = ({theta}/360) × π × {r * r} = {sector} ≈ {MathFormat.Number(sector)} {unit}².");

        var start = random.Next(0, 8) * 45.0;
        var end = start + theta;
        var rad = Math.PI / 180;
        var figure = new FigureBuilder()
            .Point("O", 0, 0)
            .Point("A", r * Math.Cos(start * rad), r * Math.Sin(start * rad))
            .Point("B", r * Math.Cos(end * rad), r * Math.Sin(end * rad))
            .Arc(new FigureArc("O", r))
            .Arc(new FigureArc("O", r, start, end, Filled: true))
            .Segment("O", "A", $"{r} {unit}", side: -1)
            .Segment("O", "B")
            .Angle("O", "A", "B", $"{theta}°")
            .Build();
        var statement = $"Circle $O$ has radius ${r}$ {unit}. The central angle $\\angle AOB = {theta}^\\circ$. Find the length of arc $AB$ and the area of sector $AOB$ in terms of $\\pi$.";
        return p.Build("Arc length and sector area", statement, ["arc", "sector"], figure);
    }
}
