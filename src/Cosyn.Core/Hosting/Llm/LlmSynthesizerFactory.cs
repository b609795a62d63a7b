using Cosyn.Synthesis.Llm;

namespace Cosyn.Hosting.Llm;

/// <summary>Builds the LLM synthesizer a run uses: raw provider clients, a preflight request, then the middleware.</summary>
public static class LlmSynthesizerFactory
{
    /// <summary>Bound on each preflight request.</summary>
    public static TimeSpan PreflightTimeout { get; } = TimeSpan.FromSeconds(30);

    /// <summary>The synthesizer, or the one-line reason the provider cannot be used.</summary>
    public static async Task<(LlmSynthesizer? Synthesizer, string? Error)> CreateAsync(LlmProviderOptions options, string runFolder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var raw = RawChatClients.Create(options);
        var problem = await LlmPreflight.CheckAsync(raw, options, PreflightTimeout, cancellationToken).ConfigureAwait(false);
        if (problem is not null)
        {
            return (null, problem);
        }

        var clients = LlmComposition.Compose(raw, options, runFolder);
        return (new LlmSynthesizer(clients, options.ToSynthesizerOptions()), null);
    }
}
