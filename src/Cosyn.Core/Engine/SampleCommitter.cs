using System.Text.Json;
using Cosyn.Output;
using Cosyn.Quality;
using Cosyn.Store;
using Cosyn.Synthesis;

namespace Cosyn.Engine;

/// <summary>
/// The single writer of a run: saves each finished draft (image file, then store row), then appends whatever
/// became writable to <c>samples.jsonl</c> and records the new length in the same store transaction.
/// </summary>
/// <remarks>With <paramref name="recordRepairs"/> (a synthesizer that repairs code), each sample's metadata records its render attempts.</remarks>
internal sealed class SampleCommitter(RunStore store, JsonlAppender jsonl, ImageFolder images, SampleEmitter emitter, RunPlan plan, RunProgress progress, bool recordRepairs, Func<long, string> ticketIds)
{

    /// <summary>Records one terminal draft and emits what is ready.</summary>
    public Emission Commit(SampleDraft draft)
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
            store.Record(new StoredSample(ticket.Index, ticket.Pipeline.Name, StoredSampleStatus.Done, line, draft.QaPairs!.Count, null, null, null, draft.RenderFailures.Count + 1, seconds, false, draft.ImageHash?.ToString()));
        }
        else
        {
            var failure = draft.Failure;
            // A sample that failed after rendering (at QA) made one more, successful, render than it has failures.
            var attempts = draft.RenderFailures.Count + (draft.Png is null ? 0 : 1);
            store.Record(new StoredSample(ticket.Index, ticket.Pipeline.Name, StoredSampleStatus.Failed, null, 0, failure.Stage.ToString().ToLowerInvariant(), failure.Reason, failure.Detail, attempts, seconds, false));
        }

        emitter.Resolve(ticket.Index, line, draft.ImageHash);
        return EmitReady();
    }

    /// <summary>
    /// Records near-duplicates as failures (their images removed), appends every line that is ready, then marks it
    /// emitted with the new file length.
    /// </summary>
    public Emission EmitReady()
    {
        var emission = emitter.TakeReady();
        foreach (var dropped in emission.Dropped)
        {
            var pipeline = plan.Pipelines[plan.PipelineOf(dropped.Index)].Name;
            store.MarkDropped(dropped.Index, "verify", NearDuplicates.FailureReason, $"image within {NearDuplicates.DefaultMaxDistance} of 256 hash bits of plan index {dropped.DuplicateOf}");
            images.Delete(ticketIds(dropped.Index));
            progress.Rejected(pipeline);
        }

        var ready = emission.Ready;
        if (ready.Count == 0)
        {
            return emission;
        }

        jsonl.Append(ready.Select(r => r.Line));
        store.MarkEmitted(ready.Select(r => r.Index).ToList(), jsonl.Length);
        foreach (var group in ready.GroupBy(r => plan.PipelineOf(r.Index)))
        {
            progress.Written(plan.Pipelines[group.Key].Name, group.Count());
        }

        return emission;
    }

    private Sample ToSample(SampleDraft draft, string image)
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
            recordRepairs ? draft.LayoutRepairs : null,
            draft.Verification);
        return new Sample(ticket.Id, image, draft.QaPairs!, metadata, draft.Data ?? string.Empty, draft.Code ?? string.Empty, draft.Pointing?.Questions, draft.Pointing?.AnswerPoints);
    }

}
