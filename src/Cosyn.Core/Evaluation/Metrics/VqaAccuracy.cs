namespace Cosyn.Evaluation.Metrics;

/// <summary>
/// VQA accuracy (VQA v2, TextVQA): with the usual ten human answers, min(matches / 3, 1) averaged over the ten
/// leave-one-out subsets, after <see cref="VqaNormalizer"/> on both sides. With fewer answers (synthetic data has one)
/// the leave-one-out formula would cap a perfect answer below 1, so a match of any normalised answer scores 1.
/// </summary>
public sealed class VqaAccuracy() : AnswerMetric("vqa", "vqa_accuracy")
{
    /// <summary>Answers per question from which the official leave-one-out formula applies.</summary>
    public const int HumanAnswers = 10;

    protected override double Grade(string prediction, EvalReference reference)
    {
        var predicted = VqaNormalizer.Normalize(prediction);
        var matches = reference.Answers.Select(a => VqaNormalizer.Normalize(a) == predicted).ToList();
        if (matches.Count < HumanAnswers)
        {
            return matches.Contains(true) ? 1 : 0;
        }

        var total = matches.Count(m => m);
        return matches.Average(m => Math.Min(1.0, (total - (m ? 1 : 0)) / 3.0));
    }
}
