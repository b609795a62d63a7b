using Cosyn.Families.Charts.Qa;
using Cosyn.Families.Shared.Qa;

namespace Cosyn.Families.Tables.Qa;

/// <summary>Table question conventions shared with chart QA: yes/no explanations that state the answer, the fixed unanswerable answer, round thresholds.</summary>
public static class TableQuestions
{
    /// <summary>The fixed answer of every unanswerable table question.</summary>
    public const string NotAnswerable = "The table does not provide this information.";

    /// <summary>A yes/no question whose explanation ends by stating the answer.</summary>
    public static ChartQuestion YesNo(string kind, string question, string explanation, bool yes) =>
        QaQuestions.YesNo(kind, question, explanation + (yes ? " So the answer is Yes." : " So the answer is No."), yes);

    public static ChartQuestion Unanswerable(string kind, string question, string explanation) =>
        new(QaFamily.Unanswerable, kind, new QaPair(question, explanation, NotAnswerable), []);

    /// <summary>A threshold strictly between two neighbouring values of <paramref name="values"/>, as round as that allows.</summary>
    public static decimal? Threshold(IReadOnlyList<decimal> values, Randomness.SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(random);
        var sorted = values.Distinct().Order().ToList();
        if (sorted.Count < 3)
        {
            return null;
        }

        var i = random.Next(1, sorted.Count - 1);
        var (lo, hi) = (sorted[i - 1], sorted[i]);
        for (var decimals = -3; decimals <= 4; decimals++)
        {
            var scale = (decimal)Math.Pow(10, -decimals);
            var t = Math.Round((lo + hi) / 2 / scale, MidpointRounding.AwayFromZero) * scale;
            if (t > lo && t < hi)
            {
                return t;
            }
        }

        return null;
    }
}
