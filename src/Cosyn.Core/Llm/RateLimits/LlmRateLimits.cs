using System.Collections.Concurrent;

namespace Cosyn.Llm.RateLimits;

/// <summary>
/// One <see cref="ModelRateLimiter"/> and one <see cref="ModelCircuit"/> per provider and model, shared by every stage
/// that calls that model, because providers enforce limits and fail per model: a 429 seen by the QA stage also holds
/// back the topic stage on that model.
/// </summary>
public sealed class LlmRateLimits(LlmCallOptions options, TimeProvider time) : IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<ModelRateLimiter>> _limiters = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ModelCircuit> _circuits = new(StringComparer.Ordinal);

    /// <summary>The limiter for <paramref name="model"/> at <paramref name="provider"/>, created on first use.</summary>
    public ModelRateLimiter For(string provider, string model) =>
        _limiters.GetOrAdd(Key(provider, model), _ => new Lazy<ModelRateLimiter>(() => new ModelRateLimiter(options.RequestsPerMinute, options.TokensPerMinute, time))).Value;

    /// <summary>The circuit for <paramref name="model"/> at <paramref name="provider"/>, created on first use.</summary>
    public ModelCircuit CircuitFor(string provider, string model) =>
        _circuits.GetOrAdd(Key(provider, model), _ => new ModelCircuit(options.CircuitBreakAfter, options.CircuitBreakDuration, time));

    public void Dispose()
    {
        foreach (var limiter in _limiters.Values.Where(l => l.IsValueCreated))
        {
            limiter.Value.Dispose();
        }
    }

    private static string Key(string provider, string model) => $"{provider}\n{model}";
}
