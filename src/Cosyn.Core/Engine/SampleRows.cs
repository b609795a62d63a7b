using Cosyn.Quality;
using Cosyn.Synthesis;

namespace Cosyn.Engine;

/// <summary>Turns a draft into its <c>samples.jsonl</c> row: the one place the row's fields are chosen, for the writer and the quality gate alike.</summary>
/// <param name="recordRepairs">A synthesizer that repairs code: the row records its render attempts and repaired failures.</param>
/// <param name="recordLayoutRepairs">A synthesizer that repairs layouts under a quality gate: the row records <c>layout_repairs</c> (a code-repairing one always does).</param>
internal sealed class SampleRows(bool recordRepairs, bool recordLayoutRepairs)
{
    /// <summary>The row of <paramref name="draft"/> with its image at <paramref name="image"/> and the gate's record, when there is one.</summary>
    public Sample From(SampleDraft draft, string image, QualityRecord? quality)
    {
        var ticket = draft.Ticket;
        var metadata = new SampleMetadata(
            ticket.Pipeline.Name,
            ticket.Pipeline.Tool,
            draft.FigureType ?? string.Empty,
            ticket.Persona.Text,
            draft.Topic ?? string.Empty,
            ticket.Seed,
            recordRepairs ? draft.RenderFailures.Count + 1 : null,
            recordRepairs ? draft.RenderFailures.Select(RenderFailureReasons.Key).ToList() : null,
            quality,
            recordRepairs || recordLayoutRepairs ? draft.LayoutRepairs : null,
            draft.Verification,
            draft.PointCheck,
            // Only when the code drew several: one figure is the normal case and stays out of the row.
            draft.FiguresFound > 1 ? draft.FiguresFound : null);
        return new Sample(ticket.Id, image, draft.QaPairs ?? [], metadata, draft.Data ?? string.Empty, draft.Code ?? string.Empty, draft.Pointing?.Questions, draft.Pointing?.AnswerPoints);
    }
}
