using System.Globalization;

namespace Cosyn.Llm.Outages;

/// <summary>
/// Whether a provider is answering, shared by every stage: the first call that fails for transient reasons (its
/// retries used up, or the circuit open) marks the outage start; a success ends it. Waiting callers ask it how long
/// to wait before trying again and whether the outage has lasted longer than allowed.
/// </summary>
public sealed class ProviderOutage(TimeSpan maxOutage, TimeSpan firstWait, TimeSpan longestWait, TimeProvider time)
{
    private readonly Lock _gate = new();
    private DateTimeOffset? _since;
    private DateTimeOffset _nextTry;
    private TimeSpan _wait;

    /// <summary>When the current outage began; null while the provider answers.</summary>
    public DateTimeOffset? Since
    {
        get
        {
            lock (_gate)
            {
                return _since;
            }
        }
    }

    /// <summary>
    /// Notes a transient failure; returns how long this caller waits before trying again (the server's Retry-After
    /// when it said, else a doubling wait), or null when the outage has outlasted the allowed time.
    /// </summary>
    public TimeSpan? Failed(TimeSpan? retryAfter)
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            _since ??= now;
            var left = _since.Value + maxOutage - now;
            if (left <= TimeSpan.Zero)
            {
                return null;
            }

            if (_nextTry <= now)
            {
                _wait = _wait == TimeSpan.Zero ? firstWait : _wait;
                _nextTry = now + (retryAfter ?? _wait);
                _wait = TimeSpan.FromTicks(Math.Min(longestWait.Ticks, _wait.Ticks * 2));
            }

            // Callers share one next-try time, so a recovering provider sees one wave, not a stampede per caller.
            var wait = _nextTry - now;
            return wait < left ? wait : left;
        }
    }

    /// <summary>The provider answered: the outage, if any, is over.</summary>
    public void Recovered()
    {
        lock (_gate)
        {
            _since = null;
            _wait = TimeSpan.Zero;
        }
    }

    /// <summary>"provider unavailable since 06:14, next try in 40 s", or null while it answers.</summary>
    public string? Status(string provider)
    {
        lock (_gate)
        {
            if (_since is not { } since)
            {
                return null;
            }

            var next = Math.Max(0, Math.Ceiling((_nextTry - time.GetUtcNow()).TotalSeconds));
            return string.Create(CultureInfo.InvariantCulture, $"{provider} unavailable since {since:HH:mm} UTC, next try in {next:0} s");
        }
    }
}
