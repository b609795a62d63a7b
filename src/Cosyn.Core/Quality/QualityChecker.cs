using Cosyn.Quality.Checks;
using Cosyn.Quality.Ocr;
using Cosyn.Rendering.Layout;

namespace Cosyn.Quality;

/// <summary>Runs every quality check on a sample and its image; OCR runs at most once per sample, and only when a check needs it.</summary>
public sealed class QualityChecker(IOcrEngine ocr, QualityOptions options)
{
    /// <summary>Every check, in report order.</summary>
    public static IReadOnlyList<IQualityCheck> All { get; } =
    [
        new ContentCoverageCheck(),
        new TextOverlapCheck(),
        new ClippedTextCheck(),
        new MissingGlyphCheck(),
        new SmallTextCheck(),
        new OcrRecallCheck(),
        new LegendCheck(),
        new MultipleChoiceAnswerCheck(),
        new YesNoAnswerCheck(),
        new ExplanationAnswerCheck(),
        new DuplicateQuestionCheck(),
        new AnswerVisibleCheck(),
    ];

    public QualityOptions Options => options;

    public async Task<SampleQuality> CheckAsync(Sample sample, byte[] png, LayoutFacts? layout, CancellationToken cancellationToken)
    {
        var context = new CheckContext(sample, png, layout, ocr, cancellationToken);
        var results = new List<CheckResult>(All.Count);
        foreach (var check in All)
        {
            results.Add(await check.RunAsync(context, options).ConfigureAwait(false));
        }

        return new SampleQuality(results);
    }
}
