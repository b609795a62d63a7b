namespace Cosyn.Quality.Checks;

/// <summary>The explanation arrives at the stated answer: it contains the short answer (or the chosen option's letter or text).</summary>
public sealed class ExplanationAnswerCheck : QaPairCheck
{
    public const string CheckName = "qa-explanation-states-answer";

    public override string Name => CheckName;

    // Yes/no explanations reason to "so it is greater"; summaries and unanswerable pairs have no short answer to state.
    protected override bool Applies(QaPair pair) => QaTypes.Of(pair) is QaTypes.ShortAnswer or QaTypes.MultipleChoice;

    protected override string? Problem(QaPair pair)
    {
        var explanation = Texts.Normal(pair.Explanation);
        var answer = pair.Answer.Trim().TrimEnd('.');
        if (QaTypes.Of(pair) == QaTypes.MultipleChoice)
        {
            var option = QaTypes.Options(pair.Question).FirstOrDefault(o => o.Letter == answer).Text;
            return pair.Explanation.Contains($"option {answer}", StringComparison.OrdinalIgnoreCase) || (option is not null && Visibility.Shows(explanation, option))
                ? null
                : $"explanation does not state option {answer}";
        }

        return Texts.Normal(answer).Length == 0 || Visibility.Shows(explanation, answer) ? null : $"explanation does not state the answer '{Texts.Clip(answer)}'";
    }
}
