using Cosyn.Families.Graphics.Geometry;

namespace Cosyn.Families.Mathematics.Problems;

/// <summary>A cylinder with radius and height dimensioned: base area, volume, lateral and total surface area in terms of π.</summary>
public sealed class CylinderFamily : IMathFamily
{
    public string Kind => "cylinder";

    public string Subject => MathSubjects.Solid;

    public bool HasFigure => true;

    public IReadOnlyList<string> Keywords { get; } = ["cylinder", "volume", "surface area", "solid", "3d"];

    public MathProblem Create(MathContext context, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var unit = random.Pick(GeometryUnits.Lengths);
        long r = random.Next(2, 10), h = random.Next(3, 16);
        var p = new ProblemBuilder(Kind, Subject);
        p.Given("r", "radius of the cylinder", r, unit);
        p.Given("h", "height of the cylinder", h, unit);
        var baseArea = ExactValue.Pi(r * r);
        p.Step("base", "area of the circular base", baseArea, unit + "²", $"Base area = πr² = π × {r}² = {baseArea} ≈ {MathFormat.Number(baseArea)} {unit}².");
        var volume = ExactValue.Pi(r * r * h);
        p.Step("volume", "volume of the cylinder", volume, unit + "³", $"Volume = πr²h = π × {r * r} × {h} = {volume} ≈ {MathFormat.Number(volume)} {unit}³.");
        var lateral = ExactValue.Pi(2 * r * h);
        p.Step("lateral", "lateral surface area", lateral, unit + "²", $"Lateral area = 2πrh = 2π × {r} × {h} = {lateral} ≈ {MathFormat.Number(lateral)} {unit}².");
        var total = ExactValue.Pi((2 * r * r) + (2 * r * h));
        p.Step("surface", "total surface area", total, unit + "²", $"Total surface area = 2πr² + 2πrh = {ExactValue.Pi(2 * r * r)} + {lateral} = {total} ≈ {MathFormat.Number(total)} {unit}².");

        // Drawn in proportion, ellipses at a fixed slant; dimension lines sit outside the solid so labels never cross it.
        var ry = 0.3 * r;
        var gap = 0.35 * Math.Max(r, h) / 3;
        var figure = new FigureBuilder()
            .Point("L0", -r, 0, false).Point("R0", r, 0, false).Point("L1", -r, h, false).Point("R1", r, h, false)
            .Point("O", 0, h, false).Point("T", r, h, false)
            .Point("D0", r + gap, 0, false).Point("D1", r + gap, h, false)
            .Point("U0", 0, h + ry + gap, false).Point("U1", r, h + ry + gap, false)
            .Ellipse(new FigureEllipse(0, 0, r, ry, BackDashed: true))
            .Ellipse(new FigureEllipse(0, h, r, ry, BackDashed: false))
            .Segment("L0", "L1").Segment("R0", "R1")
            .Segment("O", "T", dashed: true)
            .Segment("U0", "U1", $"r = {r} {unit}", side: 1)
            .Segment("D0", "D1", $"h = {h} {unit}", side: -1)
            .Build();
        var statement = $"A cylinder has radius ${r}$ {unit} and height ${h}$ {unit}. Find its volume and its total surface area in terms of $\\pi$.";
        return p.Build("Volume and surface area of a cylinder", statement, ["volume", "surface"], figure);
    }
}
