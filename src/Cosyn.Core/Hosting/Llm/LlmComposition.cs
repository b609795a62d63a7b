using Cosyn.Llm;
using Cosyn.Synthesis.Llm;

namespace Cosyn.Hosting.Llm;

/// <summary>
/// THE composition point: turns the raw provider clients into the stage clients the synthesizer uses, each wrapped
/// in the run's middleware (call log and accounting, response cache in the run store, rate limits, retries with
/// backoff honouring Retry-After), named by its stage so tokens and cost are counted per stage.
/// </summary>
public static class LlmComposition
{
    /// <param name="raw">One raw client per stage, from <see cref="RawChatClients.Create"/>.</param>
    /// <param name="services">The run's cache, limiter, ledger and call log.</param>
    public static LlmStageClients Compose(LlmStageClients raw, LlmCallServices services)
    {
        ArgumentNullException.ThrowIfNull(raw);
        ArgumentNullException.ThrowIfNull(services);
        return new LlmStageClients(
            LlmMiddleware.Wrap(raw.Topic, "topic", services),
            LlmMiddleware.Wrap(raw.Data, "data", services),
            LlmMiddleware.Wrap(raw.Code, "code", services),
            LlmMiddleware.Wrap(raw.Qa, "qa", services))
        {
            Verify = raw.Verify is null ? null : LlmMiddleware.Wrap(raw.Verify, "verify", services),
        };
    }
}
