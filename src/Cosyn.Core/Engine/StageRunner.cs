using System.Threading.Channels;
using Cosyn.Synthesis;

namespace Cosyn.Engine;

/// <summary>Runs one stage: a few workers read drafts from a bounded channel, process them, and pass them on.</summary>
internal static class StageRunner
{
    /// <summary>
    /// Starts <paramref name="workers"/> workers. Drafts that already failed pass through untouched. On
    /// cancellation the draft being processed is dropped (it never finished, so a resume redoes it).
    /// </summary>
    public static Task Run(
        ChannelReader<SampleDraft> input,
        ChannelWriter<SampleDraft> output,
        int workers,
        Func<SampleDraft, CancellationToken, Task> process,
        Action<SampleDraft> onDropped,
        CancellationToken cancellationToken)
    {
        var tasks = Enumerable.Range(0, workers).Select(_ => Task.Run(() => WorkAsync(input, output, process, onDropped, cancellationToken), CancellationToken.None));
        return Task.WhenAll(tasks).ContinueWith(_ => output.TryComplete(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    private static async Task WorkAsync(
        ChannelReader<SampleDraft> input,
        ChannelWriter<SampleDraft> output,
        Func<SampleDraft, CancellationToken, Task> process,
        Action<SampleDraft> onDropped,
        CancellationToken cancellationToken)
    {
        await foreach (var draft in input.ReadAllAsync(CancellationToken.None).ConfigureAwait(false))
        {
            if (cancellationToken.IsCancellationRequested)
            {
                onDropped(draft);
                continue;
            }

            try
            {
                if (draft.Failure is null)
                {
                    await process(draft, cancellationToken).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                onDropped(draft);
                continue;
            }

            await output.WriteAsync(draft, CancellationToken.None).ConfigureAwait(false);
        }
    }
}
