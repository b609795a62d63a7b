namespace Cosyn.Families.Mathematics.Problems;

/// <summary>A two-leg trip at different speeds: leg distances, total distance and time, and the average speed (a rate, rounded only when asked).</summary>
public sealed class TravelFamily : IMathFamily
{
    public string Kind => "travel-rate";

    public string Subject => MathSubjects.WordProblem;

    public bool HasFigure => false;

    public IReadOnlyList<string> Keywords { get; } = ["rate", "speed", "distance", "travel", "trip", "average"];

    public MathProblem Create(MathContext context, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(random);
        var person = random.Pick(context.Words.People);
        var (activity, unit, min, max) = random.Pick(context.Words.Trips);
        var distanceUnit = unit.Split('/')[0];
        long v1 = random.Next(min, max + 1), v2 = random.Next(min, max + 1);
        var t1 = new Rational(random.Next(1, 9), 2);
        var t2 = new Rational(random.Next(1, 7), 2);
        var p = new ProblemBuilder(Kind, Subject);
        p.Given("v1", "speed on the first leg", v1, unit);
        p.Given("t1", "time on the first leg", t1, "h");
        p.Given("v2", "speed on the second leg", v2, unit);
        p.Given("t2", "time on the second leg", t2, "h");
        var d1 = p.Step("d1", "distance of the first leg", t1 * v1, distanceUnit, $"First leg: distance = speed × time = {v1} × {MathFormat.Number(t1)} = {MathFormat.Number(t1 * v1)} {distanceUnit}.");
        var d2 = p.Step("d2", "distance of the second leg", t2 * v2, distanceUnit, $"Second leg: {v2} × {MathFormat.Number(t2)} = {MathFormat.Number(t2 * v2)} {distanceUnit}.");
        var total = d1.Coefficient + d2.Coefficient;
        p.Step("d", "total distance", total, distanceUnit, $"Total distance: {MathFormat.Number(d1)} + {MathFormat.Number(d2)} = {MathFormat.Number(total)} {distanceUnit}.");
        p.Step("t", "total time", t1 + t2, "h", $"Total time: {MathFormat.Number(t1)} + {MathFormat.Number(t2)} = {MathFormat.Number(t1 + t2)} h.");
        var average = total / (t1 + t2);
        p.Step("v", "average speed for the whole trip", average, unit, $"Average speed = total distance / total time = {MathFormat.Number(total)} / {MathFormat.Number(t1 + t2)} = {MathFormat.Number(average)} {unit}.");
        var statement = $"{person} {activity}. The first part of the trip takes {MathFormat.Number(t1)} hours at {v1} {unit}, and the second part takes {MathFormat.Number(t2)} hours at {v2} {unit}. " +
            "What is the total distance, and what is the average speed for the whole trip (to two decimal places)?";
        return p.Build($"Average speed: {person} {activity}", statement, ["d", "v"]);
    }
}
