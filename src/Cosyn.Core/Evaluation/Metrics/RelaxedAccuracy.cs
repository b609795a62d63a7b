namespace Cosyn.Evaluation.Metrics;

/// <summary>
/// ChartQA's relaxed accuracy: a number within 5 % of a numeric answer is right (a trailing <c>%</c> divides by 100),
/// anything else must equal the answer ignoring case. Computed in decimal, so exactly 5 % is in at any scale.
/// </summary>
public sealed class RelaxedAccuracy() : AnswerMetric("relaxed", "relaxed_accuracy")
{
    /// <summary>The largest relative change that still counts as right.</summary>
    public const decimal MaxRelativeChange = 0.05m;

    protected override double Grade(string prediction, EvalReference reference) =>
        reference.Answers.Any(a => IsCorrect(a, prediction)) ? 1 : 0;

    /// <summary>The published definition: numeric within <see cref="MaxRelativeChange"/> of a non-zero target, else a case-insensitive string match.</summary>
    public static bool IsCorrect(string target, string prediction)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(prediction);
        target = target.Trim();
        prediction = prediction.Trim();

        // A zero target falls through to the string comparison, as in the reference implementation.
        if (ToNumber(prediction) is { } p && ToNumber(target) is { } t && t != 0)
        {
            return Math.Abs(p - t) / Math.Abs(t) <= MaxRelativeChange;
        }

        return string.Equals(prediction, target, StringComparison.OrdinalIgnoreCase);
    }

    private static decimal? ToNumber(string text)
    {
        var percent = text.EndsWith('%');
        var digits = percent ? text.TrimEnd('%') : text;
        return decimal.TryParse(digits, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? percent ? value / 100 : value
            : null;
    }
}
