namespace Cosyn.Quality.Checks;

/// <summary>
/// The image shows at least <see cref="QualityOptions.MinOcrRecall"/> of the strings the sample's data says it shows.
/// Read from the renderer's layout facts when it measured them (exact text, no OCR misses on coloured boxes or small
/// fonts), else (or when <see cref="QualityOptions.OcrWithLayout"/> asks) by OCR (tesseract): a tool without boxes (RDKit) or an image that is not the render of its code
/// (replaced or swapped, see <see cref="RunQualityCheck"/>). Only data strings the code writes are expected: data
/// also holds what a figure never prints (an exercise's quantity descriptions, a source's component types).
/// </summary>
public sealed class OcrRecallCheck : IQualityCheck
{
    public const string CheckName = "ocr-recall";

    public string Name => CheckName;

    public async Task<CheckResult> RunAsync(CheckContext context, QualityOptions options)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(options);
        var expected = ExpectedStrings.WrittenBy(context.Sample.Code,
            ExpectedStrings.FromData(context.Sample.Data).Concat(ExpectedStrings.ExtractiveAnswers(context.Sample)).Distinct(StringComparer.Ordinal));
        if (expected.Count < options.MinExpectedStrings)
        {
            return CheckResult.Pass(Name, $"not judged: the code writes {expected.Count} label-like strings of the data");
        }

        var (text, source) = options.OcrWithLayout
            ? ((await context.OcrAsync().ConfigureAwait(false)).Text, "ocr")
            : await context.VisibleTextAsync().ConfigureAwait(false);
        if (source == "ocr" && (await context.OcrAsync().ConfigureAwait(false)).Error is { } error)
        {
            return CheckResult.Fail(Name, 0, error);
        }

        return Visibility.Judge(Name, expected, text, source == "ocr" ? "OCR" : "the layout", options.MinOcrRecall);
    }
}
