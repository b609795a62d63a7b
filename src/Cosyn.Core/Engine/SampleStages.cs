using Cosyn.Quality;
using Cosyn.Rendering;
using Cosyn.Synthesis;

namespace Cosyn.Engine;

/// <summary>
/// The work of each stage on one draft. Every stage is timed, and an unexpected exception inside a synthesizer
/// or renderer becomes that sample's failure value: one bad sample never ends the run.
/// </summary>
internal sealed class SampleStages(ISynthesizer synthesizer, IRendererRegistry renderers, RunOptions options, TimeProvider time)
{
    public Task TopicAsync(SampleDraft draft, CancellationToken cancellationToken) =>
        SynthesizeAsync(draft, StageName.Topic, () => synthesizer.TopicAsync(draft, cancellationToken));

    public Task DataAsync(SampleDraft draft, CancellationToken cancellationToken) =>
        SynthesizeAsync(draft, StageName.Data, () => synthesizer.DataAsync(draft, cancellationToken));

    public Task QaAsync(SampleDraft draft, CancellationToken cancellationToken) =>
        SynthesizeAsync(draft, StageName.Qa, () => synthesizer.QaAsync(draft, cancellationToken));

    /// <summary>
    /// Code, render, and repair: a failed render goes back to the code stage with its error, and (for an
    /// <see cref="ILayoutRepairer"/>) a render with layout problems goes back with the findings, while attempts remain.
    /// </summary>
    public async Task CodeAndRenderAsync(SampleDraft draft, CancellationToken cancellationToken)
    {
        RenderFailure? previous = null;
        IReadOnlyList<Quality.Checks.CheckResult>? layoutFindings = null;
        LayoutRepairs.Rendered? lastGood = null;
        var attempts = synthesizer.CanRepairCode ? Math.Max(1, options.RenderAttempts) : 1;
        for (var attempt = 0; attempt < attempts && draft.Failure is null; attempt++)
        {
            if (layoutFindings is not null)
            {
                draft.LayoutRepairs++;
                await SynthesizeAsync(draft, StageName.Code, () => ((ILayoutRepairer)synthesizer).RepairLayoutAsync(draft, layoutFindings, cancellationToken)).ConfigureAwait(false);
            }
            else
            {
                await SynthesizeAsync(draft, StageName.Code, () => synthesizer.CodeAsync(draft, previous, cancellationToken)).ConfigureAwait(false);
            }

            if (draft.Failure is not null)
            {
                // A layout repair that fails never costs the sample its readable-enough render.
                LayoutRepairs.Restore(draft, lastGood);
                return;
            }

            var result = await RenderOnceAsync(draft, cancellationToken).ConfigureAwait(false);
            if (result is null)
            {
                LayoutRepairs.Restore(draft, lastGood);
                return;
            }

            if (result.Png is not null)
            {
                layoutFindings = attempt + 1 < attempts && synthesizer is ILayoutRepairer repairer
                    ? await LayoutRepairs.FindAsync(repairer, draft, result, cancellationToken).ConfigureAwait(false)
                    : null;
                if (layoutFindings is not { Count: > 0 })
                {
                    return;
                }

                lastGood = LayoutRepairs.Rendered.Of(draft);
                continue;
            }

            if (lastGood is not null)
            {
                LayoutRepairs.Restore(draft, lastGood);
                return;
            }

            previous = result.Failure!;
            draft.RenderFailures.Add(previous);
        }

        if (draft.Failure is null && previous is not null)
        {
            var stage = previous.Kind == RenderFailureKind.ImageRejected ? StageName.Image : StageName.Render;
            draft.Failure = new StageFailure(stage, RenderFailureReasons.Key(previous), previous.Message);
        }
    }

    /// <summary>
    /// Renders the draft's code; on success its image, hash, targets and layout facts replace the draft's. Returns the
    /// render's failure, or null on success or when the render threw (then <see cref="SampleDraft.Failure"/> says why).
    /// </summary>
    public async Task<RenderFailure?> RenderAsync(SampleDraft draft, CancellationToken cancellationToken) =>
        (await RenderOnceAsync(draft, cancellationToken).ConfigureAwait(false))?.Failure;

    /// <summary>As <see cref="RenderAsync"/>, returning the whole result (null when the render threw).</summary>
    private async Task<RenderResult?> RenderOnceAsync(SampleDraft draft, CancellationToken cancellationToken)
    {
        var tool = draft.Ticket.Pipeline.Tool;
        var request = new RenderRequest(tool, draft.Code!, options.Render);
        var result = await TimedAsync(draft, StageName.Render, () => renderers.Get(tool).RenderAsync(request, cancellationToken)).ConfigureAwait(false);
        if (result?.Png is { } png)
        {
            draft.Png = png;
            draft.ImageHash = PerceptualHash.Compute(png);
            draft.Targets = result.Targets;
            draft.Layout = result.Layout;
            draft.FiguresFound = result.FiguresFound;
        }

        return result;
    }

    private async Task SynthesizeAsync(SampleDraft draft, StageName stage, Func<ValueTask<StageFailure?>> work)
    {
        var failure = await TimedAsync(draft, stage, async () => await work().ConfigureAwait(false)).ConfigureAwait(false);
        draft.Failure ??= failure;
    }

    /// <summary>Times <paramref name="work"/>; an unexpected exception becomes the draft's failure and the result is default.</summary>
    public async Task<T?> TimedAsync<T>(SampleDraft draft, StageName stage, Func<Task<T>> work)
    {
        var started = time.GetTimestamp();
        try
        {
            return await work().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            draft.Failure = new StageFailure(stage, "internal-error", $"{ex.GetType().Name}: {ex.Message}");
            return default;
        }
        finally
        {
            draft.StageSeconds[stage] = draft.StageSeconds.GetValueOrDefault(stage) + time.GetElapsedTime(started).TotalSeconds;
        }
    }
}
