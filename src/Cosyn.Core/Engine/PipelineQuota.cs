namespace Cosyn.Engine;

/// <summary>
/// Gate for one pipeline's planner: admits a new sample only while successes plus samples in flight are below
/// the target, so a run does no more work than its count needs, yet replaces every failure. The planner stops only
/// once the target is written: a success can still be turned away at writing time (a near-duplicate image).
/// </summary>
internal sealed class PipelineQuota(int target, int written)
{
    private readonly Lock _gate = new();
    private int _successes;
    private int _inFlight;
    private int _written = written;
    private TaskCompletionSource _changed = NewSignal();

    /// <summary>Counts a success found in the store while walking the plan.</summary>
    public void CountExisting()
    {
        lock (_gate)
        {
            _successes++;
        }
    }

    /// <summary>Waits for room; false when the target is written and nothing more should be planned.</summary>
    public async ValueTask<bool> AcquireAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            Task wait;
            lock (_gate)
            {
                if (_written >= target)
                {
                    return false;
                }

                if (_successes + _inFlight < target)
                {
                    _inFlight++;
                    return true;
                }

                wait = _changed.Task;
            }

            await wait.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Reports that an admitted sample finished (or was abandoned, with <paramref name="succeeded"/> false).</summary>
    public void Complete(bool succeeded) => Change(() =>
    {
        _inFlight--;
        if (succeeded)
        {
            _successes++;
        }
    });

    /// <summary>Reports samples appended to <c>samples.jsonl</c>.</summary>
    public void Written(int count) => Change(() => _written += count);

    /// <summary>Takes back a success that was not written after all, so its place is planned again.</summary>
    public void Revoke() => Change(() => _successes--);

    private void Change(Action change)
    {
        TaskCompletionSource previous;
        lock (_gate)
        {
            change();
            previous = _changed;
            _changed = NewSignal();
        }

        previous.TrySetResult();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
