using System.Threading.RateLimiting;

namespace Cosyn.Llm.RateLimits;

/// <summary>
/// Paces the calls to one model: a request bucket and a token bucket (each holding ten seconds' worth, refilled
/// smoothly), plus a shared pause that a 429 or an exhausted provider window sets for every caller at once.
/// Refills are triggered by <see cref="TimeProvider"/> timers, but the buckets measure the refill on their own
/// (Stopwatch) clock; the pause follows <see cref="TimeProvider"/>, so tests control server-requested waits.
/// </summary>
public sealed class ModelRateLimiter : IDisposable
{
    private static readonly TimeSpan MinimumRefillPeriod = TimeSpan.FromMilliseconds(100);
    private readonly TimeProvider _time;
    private readonly TokenBucketRateLimiter? _requests;
    private readonly TokenBucketRateLimiter? _tokens;
    private readonly List<ITimer> _timers = [];
    private readonly Lock _gate = new();
    private DateTimeOffset _pausedUntil = DateTimeOffset.MinValue;

    public ModelRateLimiter(int? requestsPerMinute, int? tokensPerMinute, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        _time = time;
        _requests = requestsPerMinute is { } rpm ? CreateBucket(rpm).Bucket : null;
        if (tokensPerMinute is { } tpm)
        {
            (_tokens, TokenBurst) = CreateBucket(tpm);
        }
    }

    /// <summary>Largest token count one call can take from the bucket; larger estimates are clamped to it.</summary>
    public int TokenBurst { get; private set; } = int.MaxValue;

    /// <summary>Waits until a call of about <paramref name="estimatedTokens"/> tokens may start; returns how long it waited.</summary>
    public async Task<TimeSpan> AcquireAsync(int estimatedTokens, CancellationToken cancellationToken)
    {
        var started = _time.GetTimestamp();
        await WaitOutPauseAsync(cancellationToken).ConfigureAwait(false);
        if (_requests is not null)
        {
            using var lease = await _requests.AcquireAsync(1, cancellationToken).ConfigureAwait(false);
        }

        if (_tokens is not null && estimatedTokens > 0)
        {
            using var lease = await _tokens.AcquireAsync(Math.Min(estimatedTokens, TokenBurst), cancellationToken).ConfigureAwait(false);
        }

        // A 429 seen while this caller queued must hold it too.
        await WaitOutPauseAsync(cancellationToken).ConfigureAwait(false);
        return _time.GetElapsedTime(started);
    }

    /// <summary>Holds every caller of this model for <paramref name="pause"/> from now (a longer pause already set wins).</summary>
    public void Pause(TimeSpan pause)
    {
        var until = _time.GetUtcNow() + pause;
        lock (_gate)
        {
            if (until > _pausedUntil)
            {
                _pausedUntil = until;
            }
        }
    }

    /// <summary>Charges tokens a call used beyond its estimate, as far as the bucket holds them.</summary>
    public void Charge(int extraTokens)
    {
        if (_tokens is not null && extraTokens > 0)
        {
            _tokens.AttemptAcquire(Math.Min(extraTokens, TokenBurst)).Dispose();
        }
    }

    public void Dispose()
    {
        foreach (var timer in _timers)
        {
            timer.Dispose();
        }

        _requests?.Dispose();
        _tokens?.Dispose();
    }

    private async Task WaitOutPauseAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            TimeSpan wait;
            lock (_gate)
            {
                wait = _pausedUntil - _time.GetUtcNow();
            }

            if (wait <= TimeSpan.Zero)
            {
                return;
            }

            await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
        }
    }

    private (TokenBucketRateLimiter Bucket, int Burst) CreateBucket(int perMinute)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(perMinute);
        var period = TimeSpan.FromMinutes(1) / perMinute;
        if (period < MinimumRefillPeriod)
        {
            period = MinimumRefillPeriod;
        }

        var perPeriod = Math.Max(1, (int)Math.Round(perMinute * period.TotalMinutes));
        var burst = Math.Max(perPeriod, perMinute / 6);
        var bucket = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = burst,
            TokensPerPeriod = perPeriod,
            ReplenishmentPeriod = period,
            AutoReplenishment = false,
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
        _timers.Add(_time.CreateTimer(_ => bucket.TryReplenish(), null, period, period));
        return (bucket, burst);
    }
}
