using Cosyn.Llm.Calls;
using Microsoft.Extensions.AI;

namespace Cosyn.Llm.Middleware;

/// <summary>
/// The outermost layer: opens the call's <see cref="LlmCallContext"/> for the layers beneath, then counts the call
/// (tokens, cost, attempts, cache hit, waits) in the usage ledger and writes its line to the call log, whatever
/// the outcome.
/// </summary>
public sealed class AccountingChatClient(IChatClient innerClient, string stage, LlmCallServices services) : BufferedChatClient(innerClient)
{
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var target = LlmTarget.Of(InnerClient, options);
        var call = new LlmCallContext(stage, target.Model);
        var started = services.Time.GetTimestamp();
        var startedAt = services.Time.GetUtcNow();
        using var scope = LlmCallContext.Enter(call);
        try
        {
            var response = await base.GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
            var input = call.CacheHit ? 0 : response.Usage?.InputTokenCount ?? 0;
            var output = call.CacheHit ? 0 : response.Usage?.OutputTokenCount ?? 0;
            var cost = call.CacheHit ? 0m : services.Usage.Cost(target.Model, input, output) * (call.Batched ? Batch.LlmBatchOptions.PriceFactor : 1m);
            Record(call, target, startedAt, started, input, output, call.CacheHit ? LlmCallOutcome.CacheHit : LlmCallOutcome.Ok, cost, null);
            return response;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            Record(call, target, startedAt, started, 0, 0, LlmCallOutcome.Cancelled, 0m, null);
            throw;
        }
        catch (Exception ex)
        {
            Record(call, target, startedAt, started, 0, 0, LlmCallOutcome.Failed, 0m, ex.Message);
            throw;
        }
    }

    private void Record(LlmCallContext call, LlmTarget target, DateTimeOffset startedAt, long started, long input, long output, LlmCallOutcome outcome, decimal cost, string? error)
    {
        var record = new LlmCallRecord(
            startedAt,
            stage,
            target.Provider,
            target.Model,
            (long)services.Time.GetElapsedTime(started).TotalMilliseconds,
            input,
            output,
            outcome,
            call.Attempts,
            call.CacheHit,
            call.LastResponse?.StatusCode,
            call.RateLimited,
            (long)call.RateLimitWait.TotalMilliseconds,
            cost,
            error,
            call.Batched);
        services.Usage.Record(record);
        services.Log.Write(record);
    }
}
