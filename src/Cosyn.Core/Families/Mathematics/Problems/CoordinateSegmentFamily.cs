using Cosyn.Families.Graphics.Geometry;

namespace Cosyn.Families.Mathematics.Problems;

/// <summary>Two lattice points on a coordinate plane: distance, midpoint, slope and the line's y-intercept.</summary>
public sealed class CoordinateSegmentFamily : IMathFamily
{
    public string Kind => "coordinate-segment";

    public string Subject => MathSubjects.Geometry;

    public bool HasFigure => true;

    public IReadOnlyList<string> Keywords { get; } = ["coordinate", "slope", "midpoint", "distance", "graph", "line"];

    public MathProblem Create(MathContext context, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(random);
        // Points keep two units clear of the axes so their coordinate captions never sit on an axis or its ticks.
        long x1, y1, x2, y2;
        do
        {
            (x1, y1, x2, y2) = (random.Next(-6, 7), random.Next(-6, 7), random.Next(-6, 7), random.Next(-6, 7));
        }
        while (x1 == x2 || y1 == y2 || new[] { x1, x2, y1, y2 }.Any(v => Math.Abs(v) < 2) || Math.Abs(x2 - x1) + Math.Abs(y2 - y1) < 5);

        if (x1 > x2)
        {
            (x1, y1, x2, y2) = (x2, y2, x1, y1);
        }

        var p = new ProblemBuilder(Kind, Subject);
        p.Given("x1", "x-coordinate of P", x1);
        p.Given("y1", "y-coordinate of P", y1);
        p.Given("x2", "x-coordinate of Q", x2);
        p.Given("y2", "y-coordinate of Q", y2);
        long dx = x2 - x1, dy = y2 - y1;
        var distance = ExactValue.Sqrt((dx * dx) + (dy * dy));
        p.Step("PQ", "distance PQ", distance, string.Empty, $"PQ = √((x₂ - x₁)² + (y₂ - y₁)²) = √({dx}² + ({dy})²) = √{(dx * dx) + (dy * dy)}" + (distance.IsRational ? $" = {distance}." : $" = {distance} ≈ {MathFormat.Number(distance)}."));
        p.Step("mx", "x-coordinate of the midpoint of PQ", new Rational(x1 + x2, 2), string.Empty, $"Midpoint x = ({x1} + {x2}) / 2 = {MathFormat.Number(new Rational(x1 + x2, 2))}.");
        p.Step("my", "y-coordinate of the midpoint of PQ", new Rational(y1 + y2, 2), string.Empty, $"Midpoint y = ({y1} + {y2}) / 2 = {MathFormat.Number(new Rational(y1 + y2, 2))}.");
        var slope = new Rational(dy, dx);
        p.Step("m", "slope of line PQ", slope, string.Empty, $"Slope m = (y₂ - y₁) / (x₂ - x₁) = {dy} / {dx} = {slope}.");
        var intercept = y1 - (slope * x1);
        p.Step("b", "y-intercept of line PQ", intercept, string.Empty, $"y-intercept b = y₁ - m·x₁ = {y1} - ({slope})·({x1}) = {intercept}.");

        var figure = new FigureBuilder()
            .Axes(new FigureAxes(-7, 7, -7, 7))
            .Point("P", x1, y1, caption: $"P({x1}, {y1})").Point("Q", x2, y2, caption: $"Q({x2}, {y2})")
            .Segment("P", "Q")
            .Build();
        var statement = $"Points $P({x1}, {y1})$ and $Q({x2}, {y2})$ are plotted on the coordinate plane. Find the distance $PQ$, the midpoint of $PQ$, and the slope and $y$-intercept of line $PQ$.";
        return p.Build("Distance, midpoint and slope on the coordinate plane", statement, ["PQ", "m"], figure);
    }
}
