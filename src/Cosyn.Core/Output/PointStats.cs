namespace Cosyn.Output;

/// <summary>What became of the model's pointing questions in written samples (LLM point-html): asked, kept, dropped by reason.</summary>
/// <param name="Asked">Questions in the model's replies.</param>
/// <param name="Kept">Questions written, each answered by measured boxes.</param>
/// <param name="Dropped">Dropped questions by reason (see <see cref="PointCheck.Dropped"/>), reasons in ordinal order.</param>
public sealed record PointStats(int Asked, int Kept, IReadOnlyDictionary<string, int> Dropped)
{
    /// <summary>The sum of <paramref name="samples"/>' checks; null when there are none.</summary>
    public static PointStats? Sum(IReadOnlyList<PointCheck> samples)
    {
        ArgumentNullException.ThrowIfNull(samples);
        if (samples.Count == 0)
        {
            return null;
        }

        var dropped = samples
            .SelectMany(s => s.Dropped)
            .GroupBy(p => p.Key, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(p => p.Value), StringComparer.Ordinal);
        return new PointStats(samples.Sum(s => s.Asked), samples.Sum(s => s.Kept), dropped);
    }
}
