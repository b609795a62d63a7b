using System.ClientModel;
using Cosyn.Llm.Calls;
using Cosyn.Llm.RateLimits;

namespace Cosyn.Llm.Middleware;

/// <summary>The retry layer's bookkeeping for one call: attempts made, the last failure, and what the server asked for.</summary>
internal sealed class RetryAttempts(LlmCallContext call, ModelRateLimiter limiter, TimeProvider time, CancellationToken caller)
{
    public LlmCallContext Call { get; } = call;

    public int Count { get; private set; }

    public LlmFailure? LastFailure { get; private set; }

    /// <summary>The exception <see cref="LastFailure"/> was read from.</summary>
    public Exception? LastException { get; private set; }

    public long Started { get; } = time.GetTimestamp();

    public TimeSpan Elapsed => time.GetElapsedTime(Started);

    public void Begin()
    {
        Count++;
        Call.Attempts = Count;
        Call.LastResponse = null;
    }

    /// <summary>Notes a successful attempt's headers: a provider window reported empty pauses the model's callers.</summary>
    public void Succeeded()
    {
        if (Call.LastResponse?.RateLimit.Pause is { } pause)
        {
            limiter.Pause(pause);
        }
    }

    /// <summary>Classifies a failed attempt, shares any server-requested pause, and says whether to try again.</summary>
    public bool ShouldRetry(Exception exception)
    {
        if (caller.IsCancellationRequested)
        {
            return false;
        }

        if (Call.LastResponse is null && exception is ClientResultException { } openAi && openAi.GetRawResponse() is { } raw)
        {
            var headers = raw.Headers.Select(h => KeyValuePair.Create(h.Key, (IEnumerable<string>)[h.Value]));
            Call.LastResponse = new LlmHttpResponseInfo(openAi.Status, RateLimitHeaderParser.Parse(headers, time.GetUtcNow()));
        }

        var failure = LlmFailureClassifier.Classify(exception, Call.LastResponse);
        LastFailure = failure;
        LastException = exception;
        if (failure.Kind == LlmFailureKind.RateLimited)
        {
            Call.RateLimited++;
        }

        if (Call.LastResponse?.RateLimit.Pause is { } pause)
        {
            limiter.Pause(pause);
        }

        return failure.IsTransient;
    }

    /// <summary>The wait the server asked for before the next attempt, if it said.</summary>
    public TimeSpan? ServerRequestedDelay() => Call.LastResponse?.RateLimit.RetryAfter;
}
