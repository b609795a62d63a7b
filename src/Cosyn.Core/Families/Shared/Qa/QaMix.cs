using Cosyn.Families.Charts.Qa;

namespace Cosyn.Families.Shared.Qa;

/// <summary>
/// Writes the paper's QA mix in the order every family writes it: the short answers, the choices turned into multiple
/// choice, then one yes/no, one unanswerable and one summary. The last three are made in that order, after the choices
/// are converted, because they draw from the same random sequence.
/// </summary>
internal static class QaMix
{
    /// <summary>Short answers a sample asks (the paper asks for at least five; one more leaves room for a featured kind).</summary>
    public const int ShortAnswerCount = 6;

    /// <summary>Multiple-choice questions a sample asks.</summary>
    public const int ChoiceCount = 2;

    /// <summary>Up to <paramref name="count"/> questions that can become multiple choice, of distinct kinds, in pool order.</summary>
    public static List<ChartQuestion> Choices(IEnumerable<ChartQuestion> pool, int count = ChoiceCount) =>
        [.. pool.Where(MultipleChoice.CanConvert).DistinctBy(q => q.Kind).Take(count)];

    /// <summary>
    /// Adds questions of <paramref name="pool"/> to <paramref name="shorts"/> until it holds <paramref name="count"/>: first
    /// one of each kind not asked yet (neither in <paramref name="shorts"/> nor in <paramref name="asked"/>), then any
    /// question left, both in pool order; so a sample asks about several things before it repeats a kind.
    /// </summary>
    public static List<ChartQuestion> Spread(
        List<ChartQuestion> shorts, IReadOnlyCollection<ChartQuestion> pool, int count = ShortAnswerCount, IEnumerable<ChartQuestion>? asked = null)
    {
        var taken = (asked ?? []).Select(q => q.Kind).ToHashSet(StringComparer.Ordinal);
        shorts.AddRange(pool.Except(shorts).DistinctBy(q => q.Kind).Where(q => !taken.Contains(q.Kind) && !shorts.Any(s => s.Kind == q.Kind)).Take(count - shorts.Count));
        shorts.AddRange(pool.Except(shorts).Take(count - shorts.Count));
        return shorts;
    }

    /// <summary>The mix as written to <c>samples.jsonl</c>.</summary>
    public static IReadOnlyList<QaPair> Write(
        IEnumerable<ChartQuestion> shorts, IEnumerable<ChartQuestion> choices, SeededRandom random,
        Func<ChartQuestion> yesNo, Func<ChartQuestion> unanswerable, Func<ChartQuestion> summary)
    {
        var result = new List<ChartQuestion>(shorts);
        result.AddRange(choices.Select(q => MultipleChoice.Convert(q, random)));
        result.Add(yesNo());
        result.Add(unanswerable());
        result.Add(summary());
        return [.. result.Select(q => q.Typed)];
    }
}
