using Cosyn.Families.Charts.Qa;

namespace Cosyn.Families.Shared.Qa;

/// <summary>
/// Gathers questions by asking every maker once per round: makers may decline (ties, weak trends), so a few
/// rounds with fresh random choices fill the mix. Shared by the chart and table QA generators.
/// </summary>
internal static class QuestionRounds
{
    private const int MaxRounds = 8;

    /// <summary>At least two rounds, then more until <paramref name="minimum"/> distinct questions exist (or the rounds run out).</summary>
    public static List<ChartQuestion> Pool(Func<IEnumerable<ChartQuestion?>> round, int minimum)
    {
        var pool = new List<ChartQuestion>();
        for (var i = 0; i < MaxRounds && (i < 2 || pool.Count < minimum); i++)
        {
            pool.AddRange(round().OfType<ChartQuestion>());
            pool = [.. pool.DistinctBy(q => q.Pair.Question)];
        }

        return pool;
    }

    /// <summary>Rounds until at least one maker answers; the candidates of that round.</summary>
    public static List<ChartQuestion> FirstAnswered(Func<IEnumerable<ChartQuestion?>> round)
    {
        var found = new List<ChartQuestion>();
        for (var i = 0; i < MaxRounds && found.Count == 0; i++)
        {
            found.AddRange(round().OfType<ChartQuestion>());
        }

        return found;
    }

    /// <summary>
    /// The paper's mix in the order it is written: the short answers, the choices as multiple choice, one yes/no (a
    /// maker may decline, ties or a weak correlation, so rounds until one answers), one unanswerable, one summary.
    /// </summary>
    public static IReadOnlyList<QaPair> Mix(
        IEnumerable<ChartQuestion> shorts, IEnumerable<ChartQuestion> choices, Func<IEnumerable<ChartQuestion?>> yesNoRound,
        Func<ChartQuestion?> unanswerable, Func<ChartQuestion?> summary, SeededRandom random)
    {
        var result = new List<ChartQuestion>(shorts);
        result.AddRange(choices.Select(q => MultipleChoice.Convert(q, random)));
        var yesNo = FirstAnswered(yesNoRound);

        result.Add(random.Pick(yesNo));
        result.Add(unanswerable()!);
        result.Add(summary()!);
        return [.. result.Select(q => q.Typed)];
    }
}
