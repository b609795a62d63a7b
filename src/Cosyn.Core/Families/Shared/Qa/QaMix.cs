using Cosyn.Families.Charts.Qa;

namespace Cosyn.Families.Shared.Qa;

/// <summary>
/// Writes the paper's QA mix in the order every family writes it: the short answers, the choices turned into multiple
/// choice, then one yes/no, one unanswerable and one summary. The last three are made in that order, after the choices
/// are converted, because they draw from the same random sequence.
/// </summary>
internal static class QaMix
{
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
