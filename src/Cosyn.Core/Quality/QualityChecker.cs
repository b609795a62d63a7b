using Cosyn.Quality.Checks;
using Cosyn.Quality.Ocr;
using Cosyn.Rendering.Layout;

namespace Cosyn.Quality;

/// <summary>Runs every quality check on a sample and its image; OCR runs at most once per sample, and only when a check needs it.</summary>
/// <param name="ocr">Reads the image's words when a check needs them.</param>
/// <param name="options">The thresholds.</param>
/// <param name="checks">The checks to run, in report order; null runs <see cref="All"/> (tests pass fakes).</param>
public sealed class QualityChecker(IOcrEngine ocr, QualityOptions options, IReadOnlyList<IQualityCheck>? checks = null)
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

    /// <summary>The checks this checker runs, in report order.</summary>
    public IReadOnlyList<IQualityCheck> Checks { get; } = checks ?? All;

    public async Task<SampleQuality> CheckAsync(Sample sample, byte[] png, LayoutFacts? layout, CancellationToken cancellationToken)
    {
        var context = new CheckContext(sample, png, layout, ocr, cancellationToken);
        var results = new List<CheckResult>(Checks.Count);
        foreach (var check in Checks)
        {
            results.Add(await check.RunAsync(context, options).ConfigureAwait(false));
        }

        return new SampleQuality(results);
    }
}
