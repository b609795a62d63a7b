namespace Cosyn.Families.Mathematics.Problems;

/// <summary>A regular polygon with one labelled side: perimeter, interior angle sum, each interior and exterior angle.</summary>
public sealed class RegularPolygonFamily : IMathFamily
{
    private static readonly Dictionary<long, string> Names = new() { [5] = "pentagon", [6] = "hexagon", [8] = "octagon", [9] = "nonagon", [10] = "decagon", [12] = "dodecagon" };

    public string Kind => "regular-polygon";

    public string Subject => MathSubjects.Geometry;

    public bool HasFigure => true;

    public IReadOnlyList<string> Keywords { get; } = ["polygon", "pentagon", "hexagon", "octagon", "interior angle"];

    public MathProblem Create(MathContext context, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var unit = random.Pick(GeometryUnits.Lengths);
        var n = random.Pick(Names.Keys.ToList());
        long s = random.Next(2, 15);
        var name = Names[n];
        var p = new ProblemBuilder(Kind, Subject);
        p.Given("n", "number of sides", n);
        p.Given("s", "side length", s, unit);
        p.Step("perimeter", $"perimeter of the {name}", n * s, unit, $"Perimeter = n × s = {n} × {s} = {n * s} {unit}.");
        p.Step("sum", "sum of the interior angles", (n - 2) * 180, "°", $"Interior angle sum = (n - 2) × 180° = {n - 2} × 180° = {(n - 2) * 180}°.");
        var interior = new Rational((n - 2) * 180, n);
        p.Step("interior", "measure of each interior angle", interior, "°", $"Each interior angle = {(n - 2) * 180}° / {n} = {MathFormat.Number(interior)}°.");
        p.Step("exterior", "measure of each exterior angle", new Rational(360, n), "°", $"Each exterior angle = 360° / {n} = {MathFormat.Number(new Rational(360, n))}° (and {MathFormat.Number(interior)}° + {MathFormat.Number(new Rational(360, n))}° = 180°).");

        var figure = new FigureBuilder();
        var names = new List<string>();
        var turn = (random.Next(0, 2) * 0.5) - 0.25;
        for (var i = 0; i < n; i++)
        {
            var angle = ((i + turn) * 2 * Math.PI / n) - (Math.PI / 2);
            var label = ((char)('A' + i)).ToString();
            figure.Point(label, 3 * Math.Cos(angle), 3 * Math.Sin(angle), showName: n <= 8);
            names.Add(label);
        }

        var labels = names.Select((_, i) => i == 0 ? $"{s} {unit}" : null).ToList();
        figure.Polygon(names, labels);
        var statement = $"A regular {name} has {n} equal sides, each ${s}$ {unit} long. Find its perimeter, the sum of its interior angles, and the measure of each interior angle.";
        return p.Build($"Perimeter and angles of a regular {name}", statement, ["perimeter", "interior"], figure.Build());
    }
}
