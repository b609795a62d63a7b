namespace Cosyn.Families.Mathematics.Problems;

/// <summary>k·x² + b·x + c = 0 built from two distinct integer roots, solved with the discriminant and the quadratic formula.</summary>
public sealed class QuadraticEquationFamily : IMathFamily
{
    public string Kind => "quadratic-equation";

    public string Subject => MathSubjects.Algebra;

    public bool HasFigure => false;

    public IReadOnlyList<string> Keywords { get; } = ["quadratic", "roots", "factor", "discriminant"];

    public MathProblem Create(MathContext context, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(random);
        long r1 = random.Next(-9, 10), r2;
        do
        {
            r2 = random.Next(-9, 10);
        }
        while (r2 == r1);

        (r1, r2) = (Math.Min(r1, r2), Math.Max(r1, r2));
        long k = random.Pick(new long[] { 1, 1, 1, 2, 3 });
        var b = -k * (r1 + r2);
        var c = k * r1 * r2;
        var p = new ProblemBuilder(Kind, Subject);
        p.Given("a", "coefficient of x²", k);
        p.Given("b", "coefficient of x", b);
        p.Given("c", "constant term", c);
        var d = (b * b) - (4 * k * c);
        p.Step("D", "discriminant", d, string.Empty, $"The discriminant is b² - 4ac = ({b})² - 4·{k}·({c}) = {b * b} - ({4 * k * c}) = {d}.");
        var root = (long)Math.Round(Math.Sqrt(d));
        p.Step("x1", "smaller root", r1, string.Empty, $"√D = {root}, so the smaller root is x = (-({b}) - {root}) / (2·{k}) = {-b - root} / {2 * k} = {r1}.");
        p.Step("x2", "larger root", r2, string.Empty, $"The larger root is x = (-({b}) + {root}) / (2·{k}) = {-b + root} / {2 * k} = {r2}.");
        p.Step("sum", "sum of the roots", r1 + r2, string.Empty, $"The sum of the roots is {r1} + ({r2}) = {r1 + r2} (also -b/a = {new Rational(-b, k)}).");
        p.Step("product", "product of the roots", r1 * r2, string.Empty, $"The product of the roots is {r1} · ({r2}) = {r1 * r2} (also c/a = {new Rational(c, k)}).");
        var equation = MathFormat.Leading(k, "x^2") + (b == 0 ? string.Empty : " " + MathFormat.SignedTerm(b, "x")) + (c == 0 ? string.Empty : " " + MathFormat.PlusMinus(c)) + " = 0";
        return p.Build($"Roots of {equation.Replace("^2", "²", StringComparison.Ordinal)}", $"Find both roots of the quadratic equation ${equation}$ using the discriminant.", ["x1", "x2"]);
    }
}
