using Cosyn.Llm.Calls;
using Cosyn.Llm.Outages;
using Microsoft.Extensions.AI;

namespace Cosyn.Llm.Middleware;

/// <summary>
/// Keeps transient trouble from costing a sample: when a call still fails for transient reasons after its own
/// retries (5xx, 429, timeouts, dropped connections, an open circuit), the call waits for the provider and tries
/// again, as long as the provider's outage is shorter than <see cref="LlmCallOptions.MaxOutage"/>; past that, or on a
/// refusal no request can get past (401, 403, unknown model), it stops the whole run through <see cref="LlmRunHalt"/>.
/// </summary>
public sealed class OutageWaitingChatClient(IChatClient innerClient, LlmCallServices services) : BufferedChatClient(innerClient)
{
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var list = messages as IReadOnlyList<ChatMessage> ?? [.. messages];
        var target = LlmTarget.Of(InnerClient, options);
        if (services.Options.MaxOutage is null)
        {
            return await base.GetResponseAsync(list, options, cancellationToken).ConfigureAwait(false);
        }

        var outage = services.OutageOf(target.Provider);
        while (true)
        {
            try
            {
                var response = await base.GetResponseAsync(list, options, cancellationToken).ConfigureAwait(false);
                outage.Recovered();
                return response;
            }
            catch (LlmCallException ex) when (ex.Failure.IsTransient)
            {
                var retryAfter = LlmCallContext.Current?.LastResponse?.RateLimit.RetryAfter;
                if (outage.Failed(retryAfter) is not { } wait)
                {
                    var since = outage.Since ?? services.Time.GetUtcNow();
                    throw services.Halt.Stop(
                        LlmHaltKind.Outage,
                        $"{target.Provider} unavailable since {since:HH:mm} UTC, longer than --max-outage {services.Options.MaxOutage.Value.TotalMinutes:0.#} min (last: {ex.Failure.Message}); everything finished is saved, run the same command again to resume");
                }

                await Task.Delay(wait, services.Time, cancellationToken).ConfigureAwait(false);
            }
            catch (LlmCallException ex) when (ex.Failure.StatusCode is 401 or 403 or 404)
            {
                throw services.Halt.Stop(LlmHaltKind.Rejected, ex.Message);
            }
        }
    }
}
