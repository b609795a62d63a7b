namespace Cosyn.Families.Mathematics.Problems;

/// <summary>A polynomial's derivative by the power rule, its value at a point, and the tangent line there.</summary>
public sealed class TangentLineFamily : IMathFamily
{
    public string Kind => "tangent-line";

    public string Subject => MathSubjects.Calculus;

    public bool HasFigure => false;

    public IReadOnlyList<string> Keywords { get; } = ["derivative", "tangent", "differentiate", "slope", "calculus"];

    public MathProblem Create(MathContext context, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var cubic = random.Chance(0.5);
        var f = new Polynomial([random.Next(-9, 10), random.Next(-6, 7), NonZero(random), .. cubic ? new Rational[] { NonZero(random) } : []]);
        long x0 = random.Next(-3, 4);
        var df = f.Derivative();
        var p = new ProblemBuilder(Kind, Subject);
        for (var i = f.Degree; i >= 0; i--)
        {
            p.Given("c" + MathFormat.Whole(i), i == 0 ? "constant term of f(x)" : i == 1 ? "coefficient of x in f(x)" : $"coefficient of x^{i} in f(x)", f.Coefficients[i]);
        }

        p.Given("x0", "x-coordinate of the point of tangency", x0);
        var y0 = f.At(x0);
        var slope = df.At(x0);
        p.Step("f(x0)", $"value of f({x0})", y0, string.Empty, $"f({x0}) = {Substitute(f, x0)} = {y0}.");
        p.Step("lead", "leading coefficient of f'(x)", df.Coefficients[^1], string.Empty, $"By the power rule, f'(x) = {df.Format(false)}, whose leading coefficient is {df.Coefficients[^1]}.");
        p.Step("slope", $"value of f'({x0})", slope, string.Empty, $"f'({x0}) = {Substitute(df, x0)} = {slope}; this is the slope of the tangent.");
        var intercept = y0 - (slope * x0);
        p.Step("b", "y-intercept of the tangent line", intercept, string.Empty, $"The tangent is y = {slope}x + b through ({x0}, {y0}): b = {y0} - ({slope})·({x0}) = {intercept}.");
        var statement = $"Let $f(x) = {f.Format(true)}$. Find $f'(x)$, evaluate $f'({x0})$, and write the equation of the tangent line to the graph of $f$ at $x = {x0}$.";
        return p.Build("Tangent line to a polynomial", statement, ["slope", "b"]);
    }

    private static long NonZero(SeededRandom random) => random.Pick(new long[] { -4, -3, -2, -1, 1, 2, 3, 4, 5 });

    private static string Substitute(Polynomial f, long x) =>
        string.Join(" + ", Enumerable.Range(0, f.Coefficients.Count).Reverse().Where(i => f.Coefficients[i].Numerator != 0)
            .Select(i => i == 0 ? $"({f.Coefficients[i]})" : $"({f.Coefficients[i]})·({x})" + (i > 1 ? $"^{i}" : string.Empty)));
}
