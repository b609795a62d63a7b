namespace Cosyn.Families.Mathematics.Problems;

/// <summary>A rectangular box (cuboid) drawn in oblique projection: volume, surface area and the base area.</summary>
public sealed class BoxFamily : IMathFamily
{
    public string Kind => "rectangular-prism";

    public string Subject => MathSubjects.Solid;

    public bool HasFigure => true;

    public IReadOnlyList<string> Keywords { get; } = ["prism", "box", "cuboid", "volume", "surface area", "solid"];

    public MathProblem Create(MathContext context, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var unit = random.Pick(GeometryUnits.Lengths);
        long l = random.Next(4, 15), w = random.Next(2, 10), h = random.Next(2, 12);
        var p = new ProblemBuilder(Kind, Subject);
        p.Given("l", "length of the box", l, unit);
        p.Given("w", "width of the box", w, unit);
        p.Given("h", "height of the box", h, unit);
        p.Step("base", "area of the base", l * w, unit + "²", $"Base area = l × w = {l} × {w} = {l * w} {unit}².");
        p.Step("volume", "volume of the box", l * w * h, unit + "³", $"Volume = l × w × h = {l} × {w} × {h} = {l * w * h} {unit}³.");
        var surface = 2 * ((l * w) + (l * h) + (w * h));
        p.Step("surface", "total surface area of the box", surface, unit + "²", $"Surface area = 2(lw + lh + wh) = 2({l * w} + {l * h} + {w * h}) = 2 × {(l * w) + (l * h) + (w * h)} = {surface} {unit}².");

        // Oblique projection: depth recedes up and to the right at half scale.
        var (dx, dy) = (w * 0.5, w * 0.4);
        var figure = new FigureBuilder()
            .Point("A", 0, 0, false).Point("B", l, 0, false).Point("C", l, h, false).Point("D", 0, h, false)
            .Point("E", dx, dy, false).Point("F", l + dx, dy, false).Point("G", l + dx, h + dy, false).Point("H", dx, h + dy, false)
            .Segment("A", "B", $"{l} {unit}").Segment("B", "C").Segment("C", "D").Segment("D", "A", $"{h} {unit}")
            .Segment("B", "F", $"{w} {unit}").Segment("F", "G").Segment("G", "H").Segment("H", "D").Segment("C", "G")
            .Segment("A", "E", dashed: true).Segment("E", "F", dashed: true).Segment("E", "H", dashed: true)
            .Build();
        var statement = $"A closed rectangular box is ${l}$ {unit} long, ${w}$ {unit} wide and ${h}$ {unit} high. Find its volume and its total surface area.";
        return p.Build("Volume and surface area of a box", statement, ["volume", "surface"], figure);
    }
}
