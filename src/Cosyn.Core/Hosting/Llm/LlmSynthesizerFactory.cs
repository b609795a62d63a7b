using Cosyn.Llm;
using Cosyn.Synthesis.Llm;

namespace Cosyn.Hosting.Llm;

/// <summary>Builds the LLM synthesizer a run uses: raw provider clients, a preflight request, then the middleware.</summary>
public static class LlmSynthesizerFactory
{
    /// <summary>Bound on each preflight request.</summary>
    public static TimeSpan PreflightTimeout { get; } = TimeSpan.FromSeconds(30);

    /// <summary>The synthesizer, or the one-line reason the provider cannot be used.</summary>
    /// <param name="options">Provider, key, endpoint and models.</param>
    /// <param name="services">Opens the run's call services (cache in run.db, call log); called only after the preflight passed, so a failed preflight leaves no files.</param>
    /// <param name="cancellationToken">Stops the preflight.</param>
    public static async Task<(LlmSynthesizer? Synthesizer, string? Error)> CreateAsync(LlmProviderOptions options, Func<LlmCallServices> services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(services);
        var problem = await LlmPreflight.CheckAsync(RawChatClients.Create(options), options, PreflightTimeout, cancellationToken).ConfigureAwait(false);
        if (problem is not null)
        {
            return (null, problem);
        }

        var calls = services();
        var raw = RawChatClients.Create(options, calls.CreateHttpClient());

        var clients = LlmComposition.Compose(raw, calls);
        return (new LlmSynthesizer(clients, options.ToSynthesizerOptions()), null);
    }
}
