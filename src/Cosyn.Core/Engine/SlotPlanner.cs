using System.Threading.Channels;
using Cosyn.Store;
using Cosyn.Synthesis;

namespace Cosyn.Engine;

/// <summary>
/// Feeds the first stage: the first attempt the store does not hold of every slot the run (or shard) owns, in plan
/// order, and each retry asked for (a failed or near-duplicate attempt's next one) as soon as it is asked for.
/// Every slot is planned once, so the run does no more work than its count needs.
/// </summary>
internal sealed class SlotPlanner(RunPlan plan, ShardSpec? shard, TicketFactory tickets, IReadOnlyDictionary<long, StoredSampleStatus> stored, RunProgress progress, TimeProvider time)
{
    private readonly Channel<long> _retries = Channel.CreateUnbounded<long>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>Seconds spent making tickets so far (read after <see cref="RunAsync"/> completes).</summary>
    public double Seconds { get; private set; }

    /// <summary>Asks for the next attempt of the slot <paramref name="index"/> tried, when its budget allows one.</summary>
    public void Retry(long index)
    {
        if (plan.NextAttempt(index) is { } next)
        {
            _retries.Writer.TryWrite(next);
        }
    }

    /// <summary>Every slot is decided: the planner stops once the retries asked for are planned.</summary>
    public void Finish() => _retries.Writer.TryComplete();

    /// <summary>Plans until <see cref="Finish"/> or <paramref name="stop"/>; completes <paramref name="output"/> after.</summary>
    public async Task RunAsync(ChannelWriter<SampleDraft> output, CancellationToken stop)
    {
        try
        {
            foreach (var index in FirstUnstoredAttempts())
            {
                // Retries first: the writer waits for the earliest undecided slot.
                while (_retries.Reader.TryRead(out var retry))
                {
                    await SendAsync(retry, output, stop).ConfigureAwait(false);
                }

                await SendAsync(index, output, stop).ConfigureAwait(false);
            }

            await foreach (var retry in _retries.Reader.ReadAllAsync(stop).ConfigureAwait(false))
            {
                await SendAsync(retry, output, stop).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Stopping: nothing more is planned; what is in flight drains through the stages.
        }
        finally
        {
            output.TryComplete();
        }
    }

    private async ValueTask SendAsync(long index, ChannelWriter<SampleDraft> output, CancellationToken stop)
    {
        progress.Started(plan.Pipelines[plan.PipelineOf(index)].Name);
        var started = time.GetTimestamp();
        var draft = new SampleDraft(tickets.Create(index));
        Seconds += time.GetElapsedTime(started).TotalSeconds;
        await output.WriteAsync(draft, stop).ConfigureAwait(false);
    }

    /// <summary>Per owned slot, its first attempt not in the store, unless an earlier one succeeded (it awaits writing) or all failed.</summary>
    private IEnumerable<long> FirstUnstoredAttempts()
    {
        for (var slot = 0L; slot < plan.End; slot++)
        {
            if (!plan.IsSlot(slot) || shard?.Owns(plan, slot) == false)
            {
                continue;
            }

            for (var attempt = 0; attempt < plan.AttemptsPerSlot; attempt++)
            {
                var index = RunPlan.IndexOf(slot, attempt);
                if (!stored.TryGetValue(index, out var status))
                {
                    yield return index;
                    break;
                }

                if (status == StoredSampleStatus.Done)
                {
                    break;
                }
            }
        }
    }
}
