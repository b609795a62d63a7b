using Cosyn.Rendering.Targets;

namespace Cosyn.Families.Points;

/// <summary>Turns chosen pointing questions into CoSyn-point answers: the centre of each answering box, in percent of the final image.</summary>
public static class PointAnswers
{
    public static PointingSet Choose(IReadOnlyList<PointQuestion> candidates, RenderTargets targets, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(random);
        // Only questions whose every target was measured in the final image: a clipped element cannot be pointed at.
        var answerable = candidates.Where(q => q.Targets.All(id => targets.Find(id).Count == 1)).ToList();
        var chosen = random.Sample(answerable, Math.Min(answerable.Count, random.Next(3, 6)));
        return new PointingSet(
            [.. chosen.Select(q => q.Question)],
            [.. chosen.Select(q => (IReadOnlyList<AnswerPoint>)[.. q.Targets.Select(id => Point(targets.Find(id)[0], targets))])]);
    }

    private static AnswerPoint Point(TargetBox box, RenderTargets targets)
    {
        var (x, y) = box.Centre;
        return new AnswerPoint(Percent(x, targets.ImageWidth), Percent(y, targets.ImageHeight));
    }

    private static double Percent(double pixels, int size) => Math.Round(Math.Clamp(pixels / size * 100, 0, 100), 1, MidpointRounding.AwayFromZero);
}
