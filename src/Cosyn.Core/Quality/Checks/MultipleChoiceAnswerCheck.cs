namespace Cosyn.Quality.Checks;

/// <summary>A multiple-choice answer is the letter (or the text) of one of the options its question lists.</summary>
public sealed class MultipleChoiceAnswerCheck : QaPairCheck
{
    public const string CheckName = "qa-choice-in-options";

    public override string Name => CheckName;

    protected override bool Applies(QaPair pair) => QaTypes.Of(pair) == QaTypes.MultipleChoice;

    protected override string? Problem(QaPair pair)
    {
        var options = QaTypes.Options(pair.Question);
        if (options.Count < 2)
        {
            return "multiple-choice but the question lists no lettered options";
        }

        var answer = pair.Answer.Trim().TrimEnd('.').Trim('(', ')');
        return options.Any(o => o.Letter == answer || string.Equals(o.Text, answer, StringComparison.OrdinalIgnoreCase))
            ? null
            : $"answer '{Texts.Clip(pair.Answer)}' is not among options {string.Join(", ", options.Select(o => o.Letter))}";
    }
}
