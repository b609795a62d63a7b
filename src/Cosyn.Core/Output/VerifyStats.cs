namespace Cosyn.Output;

/// <summary>The <c>--verify</c> totals of written samples: pairs a second call answered, how many agreed, how many were dropped.</summary>
/// <param name="Checked">Pairs answered twice.</param>
/// <param name="Agreed">Of those, answered the same (relaxed match).</param>
/// <param name="Dropped">Pairs dropped for disagreeing.</param>
/// <param name="AgreementRate">Agreed / Checked.</param>
public sealed record VerifyStats(int Checked, int Agreed, int Dropped, double AgreementRate)
{
    /// <summary>The sum of <paramref name="samples"/>' verifications; null when there are none.</summary>
    public static VerifyStats? Sum(IReadOnlyList<AnswerVerification> samples)
    {
        ArgumentNullException.ThrowIfNull(samples);
        if (samples.Count == 0)
        {
            return null;
        }

        var (checkedPairs, agreed) = (samples.Sum(s => s.Checked), samples.Sum(s => s.Agreed));
        return new VerifyStats(checkedPairs, agreed, samples.Sum(s => s.Dropped), checkedPairs == 0 ? 0 : Math.Round((double)agreed / checkedPairs, 4));
    }
}
