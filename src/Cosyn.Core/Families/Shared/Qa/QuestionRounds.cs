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
}
