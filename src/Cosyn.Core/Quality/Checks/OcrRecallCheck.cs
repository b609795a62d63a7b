namespace Cosyn.Quality.Checks;

/// <summary>OCR (tesseract; the renderer's measured text unless <see cref="QualityOptions.OcrWithLayout"/>) finds at least <see cref="QualityOptions.MinOcrRecall"/> of the strings the sample's data says the image shows.</summary>
public sealed class OcrRecallCheck : IQualityCheck
{
    public const string CheckName = "ocr-recall";

    public string Name => CheckName;

    public async Task<CheckResult> RunAsync(CheckContext context, QualityOptions options)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(options);
        var expected = ExpectedStrings.FromData(context.Sample.Data).Concat(ExpectedStrings.ExtractiveAnswers(context.Sample)).Distinct(StringComparer.Ordinal).ToList();
        if (expected.Count < options.MinExpectedStrings)
        {
            return CheckResult.Pass(Name, $"not judged: the data names {expected.Count} label-like strings");
        }

        if (context.Layout is { } layout && !options.OcrWithLayout)
        {
            return Visibility.Judge(Name, expected, string.Join(' ', layout.Texts.Select(t => t.Text)), "the layout", options.MinOcrRecall);
        }

        var ocr = await context.OcrAsync().ConfigureAwait(false);
        if (ocr.Error is { } error)
        {
            return CheckResult.Fail(Name, 0, error);
        }

        return Visibility.Judge(Name, expected, ocr.Text, "OCR", options.MinOcrRecall);
    }
}
