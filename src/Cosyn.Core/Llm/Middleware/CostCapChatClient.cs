using Cosyn.Llm.Outages;
using Microsoft.Extensions.AI;

namespace Cosyn.Llm.Middleware;

/// <summary>
/// Stops the run before a call once the run's spend (every session, from the usage ledger) has reached
/// <see cref="LlmCallOptions.MaxCostUsd"/>; cache hits cost nothing and still pass, since it sits beneath the cache.
/// </summary>
public sealed class CostCapChatClient(IChatClient innerClient, LlmCallServices services) : BufferedChatClient(innerClient)
{
    public override Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        if (services.Options.MaxCostUsd is { } cap && services.Usage.Totals.CostUsd >= cap)
        {
            throw services.Halt.Stop(
                LlmHaltKind.CostCap,
                string.Create(System.Globalization.CultureInfo.InvariantCulture, $"--max-cost ${cap:0.00} reached (${services.Usage.Totals.CostUsd:0.00} spent); everything finished is saved, run again with a higher --max-cost to continue"));
        }

        return base.GetResponseAsync(messages, options, cancellationToken);
    }
}
