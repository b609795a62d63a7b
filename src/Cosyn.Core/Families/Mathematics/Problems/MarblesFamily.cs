namespace Cosyn.Families.Mathematics.Problems;

/// <summary>Drawing from a bag of three colours: single-draw probabilities and two draws without replacement, as fractions.</summary>
public sealed class MarblesFamily : IMathFamily
{
    public string Kind => "bag-draw";

    public string Subject => MathSubjects.Probability;

    public bool HasFigure => false;

    public IReadOnlyList<string> Keywords { get; } = ["probability", "bag", "marbles", "random", "draw", "chance"];

    public MathProblem Create(MathContext context, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(random);
        var person = random.Pick(context.Words.People);
        var (noun, colors) = random.Pick(context.Words.Tokens);
        long[] counts = [random.Next(2, 10), random.Next(2, 10), random.Next(1, 8)];
        var n = counts.Sum();
        var p = new ProblemBuilder(Kind, Subject);
        for (var i = 0; i < 3; i++)
        {
            p.Given("n" + colors[i], $"number of {colors[i]} {noun}", counts[i]);
        }

        var target = random.Next(0, 3);
        var color = colors[target];
        var k = counts[target];
        p.Step("total", $"total number of {noun}", n, string.Empty, $"Total: {counts[0]} + {counts[1]} + {counts[2]} = {n} {noun}.");
        p.Step("p1", $"probability that a single draw is {color}", new Rational(k, n), string.Empty, $"P({color}) = {k}/{n}" + (new Rational(k, n).Denominator != n ? $" = {new Rational(k, n)}." : "."));
        p.Step("pnot", $"probability that a single draw is not {color}", new Rational(n - k, n), string.Empty, $"P(not {color}) = 1 - {new Rational(k, n)} = {new Rational(n - k, n)}.");
        var both = new Rational(k * (k - 1), n * (n - 1));
        p.Step("p2", $"probability that two {noun} drawn without replacement are both {color}", both, string.Empty, $"P(both {color}) = {k}/{n} × {k - 1}/{n - 1} = {k * (k - 1)}/{n * (n - 1)}" + (both.Denominator != n * (n - 1) || both.Numerator == 0 ? $" = {both}." : "."));
        var statement = $"{person} has a bag with {counts[0]} {colors[0]}, {counts[1]} {colors[1]} and {counts[2]} {colors[2]} {noun}. " +
            $"One is drawn at random. What is the probability that it is {color}? If two are drawn without replacement, what is the probability that both are {color}?";
        return p.Build($"Drawing {noun} from {person}'s bag", statement, ["p1", "p2"]);
    }
}
