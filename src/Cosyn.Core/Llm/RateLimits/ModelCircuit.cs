using Cosyn.Llm.Calls;

namespace Cosyn.Llm.RateLimits;

/// <summary>
/// Notices a model that keeps failing (a dead endpoint, a revoked key): after enough calls in a row failed for good,
/// further calls fail at once with the last failure, so a run against a broken provider ends in seconds with a clear
/// reason instead of spending a full retry budget per sample. One probe per break period tests whether it recovered.
/// </summary>
public sealed class ModelCircuit(int breakAfter, TimeSpan breakDuration, TimeProvider time)
{
    private readonly Lock _gate = new();
    private int _consecutiveFailures;
    private LlmFailure? _lastFailure;
    private DateTimeOffset _openUntil = DateTimeOffset.MinValue;

    /// <summary>The failure to report instead of calling, while the circuit is open; null lets the call (or a probe) through.</summary>
    public LlmFailure? Rejection()
    {
        lock (_gate)
        {
            if (breakAfter <= 0 || _consecutiveFailures < breakAfter)
            {
                return null;
            }

            var now = time.GetUtcNow();
            if (now < _openUntil)
            {
                return _lastFailure;
            }

            _openUntil = now + breakDuration; // this caller is the probe; others keep failing fast meanwhile
            return null;
        }
    }

    /// <summary>Counts a call that succeeded: the circuit closes.</summary>
    public void Succeeded()
    {
        lock (_gate)
        {
            _consecutiveFailures = 0;
        }
    }

    /// <summary>Counts a call that failed for good. Only failures that say nothing about the request itself count.</summary>
    public void Failed(LlmFailure failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        if (!(failure.IsTransient || failure.StatusCode is 401 or 403 or 404))
        {
            return;
        }

        lock (_gate)
        {
            _consecutiveFailures++;
            _lastFailure = failure;
            if (_consecutiveFailures >= breakAfter)
            {
                _openUntil = time.GetUtcNow() + breakDuration;
            }
        }
    }
}
