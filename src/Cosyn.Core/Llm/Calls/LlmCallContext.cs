namespace Cosyn.Llm.Calls;

/// <summary>
/// What happened during one logical LLM call, shared by the middleware layers of that call (and the HTTP observer
/// beneath the SDK) through an async-local slot: the outer accounting layer creates it, inner layers fill it in.
/// </summary>
public sealed class LlmCallContext(string stage, string model)
{
    private static readonly AsyncLocal<LlmCallContext?> Slot = new();

    /// <summary>The call in progress on this async flow, if any.</summary>
    public static LlmCallContext? Current => Slot.Value;

    public string Stage { get; } = stage;

    public string Model { get; } = model;

    /// <summary>Answered from the run store (or joined an identical call in flight): no provider request made.</summary>
    public bool CacheHit { get; set; }

    /// <summary>Provider requests made (first try plus retries).</summary>
    public int Attempts { get; set; }

    /// <summary>Answered through a provider batch (<c>--batch</c>): billed at <see cref="Batch.LlmBatchOptions.PriceFactor"/> of the online price.</summary>
    public bool Batched { get; set; }

    /// <summary>Attempts answered with HTTP 429.</summary>
    public int RateLimited { get; set; }

    /// <summary>Time spent waiting for the rate limiter before the call was admitted.</summary>
    public TimeSpan RateLimitWait { get; set; }

    /// <summary>The last HTTP response seen for this call (status and rate-limit headers), when the SDK's HTTP client reports it.</summary>
    public LlmHttpResponseInfo? LastResponse { get; set; }

    /// <summary>Makes <paramref name="context"/> current for the rest of this async flow; disposing restores the previous one.</summary>
    internal static IDisposable Enter(LlmCallContext context)
    {
        var previous = Slot.Value;
        Slot.Value = context;
        return new Restore(previous);
    }

    private sealed class Restore(LlmCallContext? previous) : IDisposable
    {
        public void Dispose() => Slot.Value = previous;
    }
}
