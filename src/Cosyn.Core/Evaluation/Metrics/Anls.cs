using Quickenshtein;

namespace Cosyn.Evaluation.Metrics;

/// <summary>
/// DocVQA / InfoVQA's ANLS: 1 minus the normalised Levenshtein distance to the closest answer (lower case, whitespace
/// collapsed), or 0 once that distance reaches the threshold 0.5.
/// </summary>
public sealed class Anls() : AnswerMetric("anls", "anls")
{
    /// <summary>A normalised distance at or above this scores 0.</summary>
    public const double Threshold = 0.5;

    protected override double Grade(string prediction, EvalReference reference) =>
        reference.Answers.Max(a => Similarity(a, prediction));

    /// <summary>The similarity of one answer and a prediction, from 0 to 1.</summary>
    public static double Similarity(string answer, string prediction)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(prediction);
        var a = Normalize(answer);
        var p = Normalize(prediction);
        var longest = Math.Max(a.Length, p.Length);
        if (longest == 0)
        {
            return 1;
        }

        var distance = (double)Levenshtein.GetDistance(a, p) / longest;
        return distance < Threshold ? 1 - distance : 0;
    }

    // The official scorer's ' '.join(text.strip().lower().split()).
    private static string Normalize(string text) => AnswerText.CollapseWhitespace(text.ToLowerInvariant());
}
