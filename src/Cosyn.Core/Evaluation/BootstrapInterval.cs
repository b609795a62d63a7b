namespace Cosyn.Evaluation;

/// <summary>
/// Percentile bootstrap 95 % intervals of per-question score means: the questions are resampled with replacement
/// from a seeded generator, so the same inputs give the same interval on every machine.
/// </summary>
public static class BootstrapInterval
{
    /// <summary>Resamples per interval.</summary>
    public const int Resamples = 1000;

    /// <summary>Per column of <paramref name="scores"/> (one row per question), the (low, high) bounds of its mean, in the scores' unit.</summary>
    public static IReadOnlyList<(double Low, double High)> Of(IReadOnlyList<double[]> scores, int columns, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(random);
        if (scores.Count == 0)
        {
            return [.. Enumerable.Repeat((0.0, 0.0), columns)];
        }

        var means = new double[columns][];
        for (var c = 0; c < columns; c++)
        {
            means[c] = new double[Resamples];
        }

        var sums = new double[columns];
        for (var r = 0; r < Resamples; r++)
        {
            Array.Clear(sums);
            for (var i = 0; i < scores.Count; i++)
            {
                var row = scores[random.Next(scores.Count)];
                for (var c = 0; c < columns; c++)
                {
                    sums[c] += row[c];
                }
            }

            for (var c = 0; c < columns; c++)
            {
                means[c][r] = sums[c] / scores.Count;
            }
        }

        return [.. means.Select(m =>
        {
            Array.Sort(m);
            return (m[(int)(0.025 * Resamples)], m[(int)(0.975 * Resamples) - 1]);
        })];
    }
}
