using Cosyn.Synthesis.Llm;

namespace Cosyn.Hosting.Llm;

/// <summary>
/// THE composition point: turns the raw provider clients into the stage clients the synthesizer uses. The run's
/// middleware (response cache in the run store, rate limits, retries with backoff honouring Retry-After, token and
/// cost accounting, call logging) is inserted here, per stage, e.g. <c>LlmMiddleware.Wrap(raw.Code, "code", ...)</c>.
/// Until that lands it is the identity, so nothing else changes when it does.
/// </summary>
public static class LlmComposition
{
    /// <param name="raw">One raw client per stage, from <see cref="RawChatClients.Create"/>.</param>
    /// <param name="options">The provider settings (models and prices per stage come from here).</param>
    /// <param name="runFolder">The output folder: home of the run store (cache) and the call log.</param>
    public static LlmStageClients Compose(LlmStageClients raw, LlmProviderOptions options, string runFolder)
    {
        ArgumentNullException.ThrowIfNull(raw);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(runFolder);
        return raw;
    }
}
