using System.Text.Json;
using Cosyn.Model;
using Cosyn.Output;
using Cosyn.Store;
using Cosyn.Synthesis;

namespace Cosyn.Engine;

/// <summary>
/// The single writer of a run: saves each finished draft (image file, then store row), then appends whatever
/// became writable to <c>samples.jsonl</c> and records the new length in the same store transaction.
/// </summary>
internal sealed class SampleCommitter(RunStore store, JsonlAppender jsonl, ImageFolder images, SampleEmitter emitter, RunPlan plan, RunProgress progress)
{
    /// <summary>Records one terminal draft and emits what is ready.</summary>
    public void Commit(SampleDraft draft)
    {
        var ticket = draft.Ticket;
        var seconds = JsonSerializer.Serialize(
            draft.StageSeconds.ToDictionary(kv => kv.Key.ToString().ToLowerInvariant(), kv => Math.Round(kv.Value, 4)),
            CosynJson.Compact);
        string? line = null;
        if (draft.Failure is null)
        {
            var image = images.Write(ticket.Id, draft.Png!);
            line = JsonSerializer.Serialize(ToSample(draft, image), CosynJson.Compact);
            store.Record(new StoredSample(ticket.Index, ticket.Pipeline.Name, StoredSampleStatus.Done, line, draft.QaPairs!.Count, null, null, null, draft.RenderFailures.Count + 1, seconds, false));
        }
        else
        {
            var failure = draft.Failure;
            store.Record(new StoredSample(ticket.Index, ticket.Pipeline.Name, StoredSampleStatus.Failed, null, 0, failure.Stage.ToString().ToLowerInvariant(), failure.Reason, failure.Detail, draft.RenderFailures.Count, seconds, false));
        }

        emitter.Resolve(ticket.Index, line);
        EmitReady();
    }

    /// <summary>Appends every line that is ready, then marks it emitted with the new file length.</summary>
    public void EmitReady()
    {
        var ready = emitter.TakeReady();
        if (ready.Count == 0)
        {
            return;
        }

        jsonl.Append(ready.Select(r => r.Line));
        store.MarkEmitted(ready.Select(r => r.Index).ToList(), jsonl.Length);
        foreach (var group in ready.GroupBy(r => plan.PipelineOf(r.Index)))
        {
            progress.Written(plan.Pipelines[group.Key].Name, group.Count());
        }
    }

    private static Sample ToSample(SampleDraft draft, string image)
    {
        var ticket = draft.Ticket;
        var metadata = new SampleMetadata(
            ticket.Pipeline.Name,
            ticket.Pipeline.Tool,
            draft.FigureType ?? string.Empty,
            ticket.Persona.Text,
            draft.Topic ?? string.Empty,
            ticket.Seed);
        return new Sample(ticket.Id, image, draft.QaPairs!, metadata, draft.Data ?? string.Empty, draft.Code ?? string.Empty, draft.Pointing?.Questions, draft.Pointing?.AnswerPoints);
    }

}
