namespace Cosyn.Families.Mathematics.Problems;

/// <summary>a·x + b = c with an integer or simple fractional root.</summary>
public sealed class LinearEquationFamily : IMathFamily
{
    public string Kind => "linear-equation";

    public string Subject => MathSubjects.Algebra;

    public bool HasFigure => false;

    public IReadOnlyList<string> Keywords { get; } = ["linear", "equation", "solve"];

    public MathProblem Create(MathContext context, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(random);
        long a = random.Pick(new long[] { 2, 3, 4, 5, 6, 7, 8, 9, -2, -3, -4, -5 });
        var x = random.Chance(0.7) ? new Rational(random.Next(-12, 13)) : new Rational(random.Next(1, 12) * 2 + 1, 2);
        long b = random.Next(-20, 21);
        if (b == 0)
        {
            b = 7;
        }

        var c = (a * x) + b;
        var p = new ProblemBuilder(Kind, Subject);
        p.Given("a", "coefficient of x", a);
        p.Given("b", "constant term on the left side", b);
        p.Given("c", "right-hand side", c);
        var cb = p.Step("c-b", "value of c - b", c - b, string.Empty, $"Subtract {b} from both sides: {a}x = {c} - ({b}) = {c - b}.");
        p.Step("x", "solution x", cb.Coefficient / a, string.Empty, $"Divide both sides by {a}: x = {c - b} / {a} = {(c - b) / a}.");
        var equation = $"{MathFormat.Leading(a, "x")} {MathFormat.PlusMinus(b)} = {c}";
        return p.Build($"Solving {equation}", $"Solve the equation ${equation}$ for $x$. Show each step.", ["x"]);
    }
}
