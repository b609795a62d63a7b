namespace Cosyn.Families.Mathematics.Problems;

/// <summary>Two linear equations in x and y with an integer solution, solved by Cramer's rule (elimination in words).</summary>
public sealed class LinearSystemFamily : IMathFamily
{
    public string Kind => "linear-system";

    public string Subject => MathSubjects.Algebra;

    public bool HasFigure => false;

    public IReadOnlyList<string> Keywords { get; } = ["system", "simultaneous", "elimination"];

    public MathProblem Create(MathContext context, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(random);
        long a1, b1, a2, b2;
        do
        {
            a1 = NonZero(random);
            b1 = NonZero(random);
            a2 = NonZero(random);
            b2 = NonZero(random);
        }
        while ((a1 * b2) - (a2 * b1) == 0);

        long x = random.Next(-8, 9), y = random.Next(-8, 9);
        var c1 = (a1 * x) + (b1 * y);
        var c2 = (a2 * x) + (b2 * y);
        var p = new ProblemBuilder(Kind, Subject);
        p.Given("a1", "coefficient of x in the first equation", a1);
        p.Given("b1", "coefficient of y in the first equation", b1);
        p.Given("c1", "right-hand side of the first equation", c1);
        p.Given("a2", "coefficient of x in the second equation", a2);
        p.Given("b2", "coefficient of y in the second equation", b2);
        p.Given("c2", "right-hand side of the second equation", c2);
        var det = (a1 * b2) - (a2 * b1);
        p.Step("det", "determinant a1·b2 - a2·b1", det, string.Empty, $"The determinant is {a1}·{b2} - {a2}·{b1} = {a1 * b2} - ({a2 * b1}) = {det}.");
        p.Step("x", "value of x", x, string.Empty, $"x = (c1·b2 - c2·b1) / det = ({c1}·{b2} - {c2}·{b1}) / {det} = {(c1 * b2) - (c2 * b1)} / {det} = {x}.");
        p.Step("y", "value of y", y, string.Empty, $"y = (a1·c2 - a2·c1) / det = ({a1}·{c2} - {a2}·{c1}) / {det} = {(a1 * c2) - (a2 * c1)} / {det} = {y}.");
        p.Step("x+y", "value of x + y", x + y, string.Empty, $"x + y = {x} + ({y}) = {x + y}.");
        var first = $"{MathFormat.Leading(a1, "x")} {MathFormat.SignedTerm(b1, "y")} = {c1}";
        var second = $"{MathFormat.Leading(a2, "x")} {MathFormat.SignedTerm(b2, "y")} = {c2}";
        return p.Build("A system of two linear equations", $"Solve the system of equations: ${first}$ and ${second}$.", ["x", "y"]);
    }

    private static long NonZero(SeededRandom random) => random.Pick(new long[] { -5, -4, -3, -2, -1, 1, 2, 3, 4, 5, 6 });
}
