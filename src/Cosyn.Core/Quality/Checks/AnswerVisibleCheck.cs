namespace Cosyn.Quality.Checks;

/// <summary>QA grounding: the extractive answers the code writes (read off the image, see <see cref="ExpectedStrings.ExtractiveAnswers"/>) are visible, in the layout's text or by OCR.</summary>
public sealed class AnswerVisibleCheck : IQualityCheck
{
    public const string CheckName = "qa-answer-visible";

    public string Name => CheckName;

    public async Task<CheckResult> RunAsync(CheckContext context, QualityOptions options)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(options);
        var answers = ExpectedStrings.WrittenBy(context.Sample.Code, ExpectedStrings.ExtractiveAnswers(context.Sample));
        if (answers.Count == 0)
        {
            return CheckResult.Pass(Name, "not judged: no extractive answers");
        }

        var (text, source) = await context.VisibleTextAsync().ConfigureAwait(false);
        if (source == "ocr" && (await context.OcrAsync().ConfigureAwait(false)).Error is { } error)
        {
            return CheckResult.Fail(Name, 0, error);
        }

        return Visibility.Judge(Name, answers, text, source == "ocr" ? "OCR" : "the layout", options.MinOcrRecall);
    }
}
