namespace Cosyn.Families.Mathematics.Problems;

/// <summary>Two fair dice: outcomes counted for a target sum, its probability and its complement.</summary>
public sealed class DiceFamily : IMathFamily
{
    public string Kind => "dice-sum";

    public string Subject => MathSubjects.Probability;

    public bool HasFigure => false;

    public IReadOnlyList<string> Keywords { get; } = ["dice", "die", "probability", "outcomes"];

    public MathProblem Create(MathContext context, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(random);
        var person = random.Pick(context.Words.People);
        long sides = random.Pick(new long[] { 6, 6, 4, 8 });
        long target = random.Next(3, (int)(2 * sides));
        var p = new ProblemBuilder(Kind, Subject);
        p.Given("sides", "number of faces on each die", sides);
        p.Given("target", "target sum", target);
        var outcomes = sides * sides;
        p.Step("outcomes", "number of equally likely outcomes", outcomes, string.Empty, $"Each die has {sides} faces, so there are {sides} × {sides} = {outcomes} outcomes.");
        var pairs = new List<string>();
        for (long a = 1; a <= sides; a++)
        {
            var b = target - a;
            if (b >= 1 && b <= sides)
            {
                pairs.Add($"({a},{b})");
            }
        }

        long favourable = pairs.Count;
        p.Step("favourable", $"number of outcomes with sum {target}", favourable, string.Empty, $"The pairs that add to {target} are {string.Join(", ", pairs)}: {favourable} outcomes.");
        var probability = new Rational(favourable, outcomes);
        p.Step("p", $"probability that the sum is {target}", probability, string.Empty, $"P(sum = {target}) = {favourable}/{outcomes}" + (probability.Denominator != outcomes ? $" = {probability}." : "."));
        p.Step("pnot", $"probability that the sum is not {target}", Rational.One - probability, string.Empty, $"P(sum ≠ {target}) = 1 - {probability} = {Rational.One - probability}.");
        var statement = $"{person} rolls two fair {sides}-sided dice numbered 1 to {sides}. How many outcomes give a sum of {target}, and what is the probability of rolling a sum of {target}?";
        return p.Build($"{person}'s two-dice game", statement, ["favourable", "p"]);
    }
}
