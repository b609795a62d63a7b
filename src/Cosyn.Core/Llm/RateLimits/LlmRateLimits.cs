using System.Collections.Concurrent;

namespace Cosyn.Llm.RateLimits;

/// <summary>
/// One <see cref="ModelRateLimiter"/> per provider and model, shared by every stage that calls that model, because
/// providers enforce their limits per model: a 429 seen by the QA stage also holds back the topic stage on that model.
/// </summary>
public sealed class LlmRateLimits(int? requestsPerMinute, int? tokensPerMinute, TimeProvider time) : IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<ModelRateLimiter>> _limiters = new(StringComparer.Ordinal);

    /// <summary>The limiter for <paramref name="model"/> at <paramref name="provider"/>, created on first use.</summary>
    public ModelRateLimiter For(string provider, string model) =>
        _limiters.GetOrAdd($"{provider}\n{model}", _ => new Lazy<ModelRateLimiter>(() => new ModelRateLimiter(requestsPerMinute, tokensPerMinute, time))).Value;

    public void Dispose()
    {
        foreach (var limiter in _limiters.Values.Where(l => l.IsValueCreated))
        {
            limiter.Value.Dispose();
        }
    }
}
