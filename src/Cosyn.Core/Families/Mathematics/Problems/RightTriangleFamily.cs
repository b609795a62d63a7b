namespace Cosyn.Families.Mathematics.Problems;

/// <summary>Pythagoras in right triangle ABC (right angle at C): the hypotenuse from two legs, or a leg from the hypotenuse; area and perimeter.</summary>
public sealed class RightTriangleFamily : IMathFamily
{
    private static readonly long[][] Triples = [[3, 4, 5], [5, 12, 13], [8, 15, 17], [7, 24, 25], [6, 8, 10], [9, 12, 15], [20, 21, 29], [9, 40, 41]];

    public string Kind => "right-triangle";

    public string Subject => MathSubjects.Geometry;

    public bool HasFigure => true;

    public IReadOnlyList<string> Keywords { get; } = ["pythagoras", "pythagorean", "hypotenuse", "right triangle", "triangle"];

    public MathProblem Create(MathContext context, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var unit = random.Pick(GeometryUnits.Lengths);
        long a, b;
        var triple = random.Chance(0.75);
        if (triple)
        {
            var t = random.Pick(Triples);
            var swap = random.Chance(0.5);
            (a, b) = swap ? (t[1], t[0]) : (t[0], t[1]);
        }
        else
        {
            (a, b) = (random.Next(2, 13), random.Next(2, 13));
        }

        var findLeg = triple && random.Chance(0.4);
        var p = new ProblemBuilder(Kind, Subject);
        var c = ExactValue.Sqrt((a * a) + (b * b));
        var figure = new FigureBuilder().Point("C", 0, 0).Point("B", a, 0).Point("A", 0, b);
        string statement;
        p.Given("BC", "length of leg BC", a, unit);
        if (findLeg)
        {
            p.Given("AB", "length of the hypotenuse AB", c, unit);
            p.Step("AC", "length of leg AC", b, unit, $"By Pythagoras, AC = √(AB² - BC²) = √({c}² - {a}²) = √({(c.Coefficient * c.Coefficient)} - {a * a}) = √{b * b} = {b} {unit}.");
            figure.Polygon(["C", "B", "A"], [$"{a} {unit}", $"{c} {unit}", "?"]);
            statement = $"In right triangle $ABC$ the right angle is at $C$, $BC = {a}$ {unit} and the hypotenuse $AB = {c}$ {unit}. Find the length of $AC$, the area and the perimeter of the triangle.";
        }
        else
        {
            p.Given("AC", "length of leg AC", b, unit);
            p.Step("AB", "length of the hypotenuse AB", c, unit, $"By Pythagoras, AB = √(BC² + AC²) = √({a}² + {b}²) = √({a * a} + {b * b}) = √{(a * a) + (b * b)}" + (c.IsRational ? $" = {c} {unit}." : $" = {c} ≈ {MathFormat.Number(c)} {unit}."));
            figure.Polygon(["C", "B", "A"], [$"{a} {unit}", "?", $"{b} {unit}"]);
            statement = $"In right triangle $ABC$ the right angle is at $C$, $BC = {a}$ {unit} and $AC = {b}$ {unit}. Find the length of the hypotenuse $AB$" + (c.IsRational ? ", the area and the perimeter of the triangle." : " and the area of the triangle.");
        }

        figure.Angle("C", "B", "A", right: true);
        p.Step("area", "area of triangle ABC", new Rational(a * b, 2), unit + "²", $"Area = ½ × BC × AC = ½ × {a} × {b} = {MathFormat.Number(new Rational(a * b, 2))} {unit}².");
        var answers = new List<string> { findLeg ? "AC" : "AB", "area" };
        if (c.IsRational)
        {
            var perimeter = c.Coefficient + a + b;
            p.Step("perimeter", "perimeter of triangle ABC", perimeter, unit, $"Perimeter = {a} + {b} + {c} = {perimeter} {unit}.");
            answers.Add("perimeter");
        }

        return p.Build(findLeg ? "Finding a leg with Pythagoras' theorem" : "The hypotenuse of a right triangle", statement, answers, figure.Build());
    }
}
