namespace Cosyn.Engine;

/// <summary>
/// Gate for one pipeline's planner: admits a new sample only while successes plus samples in flight are below
/// the target, so a run does no more work than its count needs, yet replaces every failure.
/// </summary>
internal sealed class PipelineQuota(int target)
{
    private readonly Lock _gate = new();
    private int _successes;
    private int _inFlight;
    private TaskCompletionSource _changed = NewSignal();

    /// <summary>Counts a success found in the store while walking the plan.</summary>
    public void CountExisting()
    {
        lock (_gate)
        {
            _successes++;
        }
    }

    /// <summary>Waits for room; false when the target is already met and nothing more should be planned.</summary>
    public async ValueTask<bool> AcquireAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            Task wait;
            lock (_gate)
            {
                if (_successes >= target)
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
    public void Complete(bool succeeded)
    {
        TaskCompletionSource previous;
        lock (_gate)
        {
            _inFlight--;
            if (succeeded)
            {
                _successes++;
            }

            previous = _changed;
            _changed = NewSignal();
        }

        previous.TrySetResult();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
