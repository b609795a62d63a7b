namespace Cosyn.Families.Mathematics.Problems;

/// <summary>The definite integral of a quadratic over an integer interval via its antiderivative, kept as an exact fraction.</summary>
public sealed class DefiniteIntegralFamily : IMathFamily
{
    public string Kind => "definite-integral";

    public string Subject => MathSubjects.Calculus;

    public bool HasFigure => false;

    public IReadOnlyList<string> Keywords { get; } = ["integral", "integrate", "antiderivative", "area under", "calculus"];

    public MathProblem Create(MathContext context, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var f = new Polynomial([random.Next(-6, 7), random.Next(-5, 6), random.Pick(new Rational[] { 1, 2, 3, -1, -2, 6 })]);
        long a = random.Next(-3, 2), b = a + random.Next(1, 4);
        var F = f.Antiderivative();
        var p = new ProblemBuilder(Kind, Subject);
        p.Given("c2", "coefficient of x^2 in f(x)", f.Coefficients[2]);
        p.Given("c1", "coefficient of x in f(x)", f.Coefficients[1]);
        p.Given("c0", "constant term of f(x)", f.Coefficients[0]);
        p.Given("a", "lower limit of integration", a);
        p.Given("b", "upper limit of integration", b);
        p.Step("F(b)", $"value of F({b})", F.At(b), string.Empty, $"An antiderivative is F(x) = {F.Format(false)}, so F({b}) = {F.At(b)}.");
        p.Step("F(a)", $"value of F({a})", F.At(a), string.Empty, $"F({a}) = {F.At(a)}.");
        var integral = F.At(b) - F.At(a);
        p.Step("integral", "value of the definite integral", integral, string.Empty, $"∫ from {a} to {b} of f(x) dx = F({b}) - F({a}) = {F.At(b)} - ({F.At(a)}) = {integral}" + (integral.IsDecimal(2) && !integral.IsInteger ? $" = {MathFormat.Number(integral)}." : "."));
        var statement = $"Evaluate the definite integral $\\displaystyle\\int_{{{a}}}^{{{b}}} \\left({f.Format(true)}\\right)\\,dx$ using the Fundamental Theorem of Calculus.";
        return p.Build("A definite integral of a quadratic", statement, ["integral"]);
    }
}
