using Cosyn.Rendering.Targets;

namespace Cosyn.Families.Points;

/// <summary>Turns pointing questions into CoSyn-point answers: the centre of each answering box, in percent of the final image.</summary>
public static class PointAnswers
{
    public static PointingSet Choose(IReadOnlyList<PointQuestion> candidates, RenderTargets targets, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(random);
        var answerable = candidates.Where(q => Answerable(q, targets)).ToList();
        var chosen = random.Sample(answerable, Math.Min(answerable.Count, random.Next(3, 6)));
        return Answer(chosen, targets);
    }

    /// <summary>Whether every target of <paramref name="question"/> was measured exactly once in the final image: a clipped, hidden or repeated element cannot be pointed at.</summary>
    public static bool Answerable(PointQuestion question, RenderTargets targets)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(targets);
        return question.Targets.Count > 0 && question.Targets.All(id => targets.Find(id).Count == 1);
    }

    /// <summary>The rows' <c>questions</c> and <c>answer_points</c> for answerable <paramref name="questions"/>.</summary>
    public static PointingSet Answer(IReadOnlyList<PointQuestion> questions, RenderTargets targets)
    {
        ArgumentNullException.ThrowIfNull(questions);
        ArgumentNullException.ThrowIfNull(targets);
        return new PointingSet(
            [.. questions.Select(q => q.Question)],
            [.. questions.Select(q => (IReadOnlyList<AnswerPoint>)[.. q.Targets.Select(id => Point(targets.Find(id)[0], targets))])]);
    }

    private static AnswerPoint Point(TargetBox box, RenderTargets targets)
    {
        var (x, y) = box.Centre;
        return new AnswerPoint(Percent(x, targets.ImageWidth), Percent(y, targets.ImageHeight));
    }

    private static double Percent(double pixels, int size) => Math.Round(Math.Clamp(pixels / size * 100, 0, 100), 1, MidpointRounding.AwayFromZero);
}
