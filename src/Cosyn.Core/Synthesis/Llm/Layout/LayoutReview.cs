using Cosyn.Quality.Checks;
using Cosyn.Quality.Ocr;
using Cosyn.Rendering;
using Cosyn.Rendering.Layout;

namespace Cosyn.Synthesis.Llm.Layout;

/// <summary>
/// The quality checks a code model can act on (overlap, clipping, missing glyphs, tiny text), run on the text boxes
/// the renderer measured. Without measured boxes it finds nothing: OCR guesses are too vague to send back as a fix.
/// </summary>
public sealed class LayoutReview(QualityOptions? options = null)
{
    private static readonly IQualityCheck[] Checks = [new TextOverlapCheck(), new ClippedTextCheck(), new MissingGlyphCheck(), new SmallTextCheck()];

    private readonly QualityOptions _options = options ?? new QualityOptions();

    /// <summary>The failed checks of <paramref name="render"/>, each reason followed by the boxes of the texts it quotes.</summary>
    public async Task<IReadOnlyList<CheckResult>> FindAsync(SampleDraft draft, RenderResult render, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(render);
        if (render.Png is not { } png || render.Layout is not { Measured: true } layout)
        {
            return [];
        }

        var context = new CheckContext(RowOf(draft), png, layout, NoOcr.Instance, cancellationToken);
        var found = new List<CheckResult>();
        foreach (var check in Checks)
        {
            var result = await check.RunAsync(context, _options).ConfigureAwait(false);
            if (!result.Passed)
            {
                found.Add(result with { Reason = result.Reason + LayoutBoxes.Describe(layout, result.Reason) });
            }
        }

        return found;
    }

    // The checks read the row only for QA and expected strings, which layout checks do not use.
    private static Sample RowOf(SampleDraft draft) => new(
        draft.Ticket.Id,
        string.Empty,
        [],
        new SampleMetadata(draft.Ticket.Pipeline.Name, draft.Ticket.Pipeline.Tool, draft.FigureType ?? string.Empty, draft.Ticket.Persona.Text, draft.Topic ?? string.Empty, draft.Ticket.Seed),
        draft.Data ?? string.Empty,
        draft.Code ?? string.Empty);

    /// <summary>Never called: every check here reads measured boxes when they exist.</summary>
    private sealed class NoOcr : IOcrEngine
    {
        public static readonly NoOcr Instance = new();

        public Task<OcrResult> ReadAsync(byte[] png, CancellationToken cancellationToken) => Task.FromResult(OcrResult.Failed("not run by the layout review"));
    }
}
