using Cosyn.Llm.Calls;
using Microsoft.Extensions.AI;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Cosyn.Llm.Middleware;

/// <summary>
/// Retries transient failures (429, 5xx, timeouts, dropped connections) with exponential backoff and jitter, waiting
/// what the server asks for (Retry-After) instead when it says; each attempt has its own timeout (a stalled
/// connection is abandoned and retried); a total budget applies only when one is configured. Rejections (400, 401, 403, 404, ...) fail
/// at once. Whatever fails for good surfaces as one <see cref="LlmCallException"/> with a one-line message; a model
/// whose calls keep failing for good trips its <see cref="RateLimits.ModelCircuit"/>, and later calls fail at once
/// (the <see cref="OutageWaitingChatClient"/> above turns both into waiting while the outage lasts).
/// </summary>
public sealed class RetryingChatClient : BufferedChatClient
{
    private static readonly ResiliencePropertyKey<RetryAttempts> AttemptsKey = new("cosyn.llm.attempts");
    private readonly LlmCallServices _services;
    private readonly ResiliencePipeline<ChatResponse> _pipeline;

    public RetryingChatClient(IChatClient innerClient, LlmCallServices services)
        : base(innerClient)
    {
        ArgumentNullException.ThrowIfNull(services);
        _services = services;
        var options = services.Options;
        var builder = new ResiliencePipelineBuilder<ChatResponse> { TimeProvider = services.Time };
        if (options.TotalTimeout is { } budget)
        {
            builder.AddTimeout(budget);
        }

        if (options.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<ChatResponse>
            {
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.BaseDelay,
                MaxDelay = options.MaxDelay,
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is { } ex && Attempts(args.Context).ShouldRetry(ex)),
                DelayGenerator = args => ValueTask.FromResult(Attempts(args.Context).ServerRequestedDelay()),
            });
        }

        builder.AddTimeout(options.CallTimeout);
        _pipeline = builder.Build();
    }

    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var list = messages as IReadOnlyList<ChatMessage> ?? [.. messages];
        var target = LlmTarget.Of(InnerClient, options);
        var call = LlmCallContext.Current ?? new LlmCallContext("unknown", target.Model);
        var circuit = _services.RateLimits.CircuitFor(target.Provider, target.Model);
        if (circuit.Rejection() is { } open)
        {
            throw new LlmCallException($"{target.Provider} model '{target.Model}' is failing, calls stopped for now: {open.Message}", open, 0, null);
        }

        var attempts = new RetryAttempts(call, _services.RateLimits.For(target.Provider, target.Model), _services.Time, cancellationToken);
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(AttemptsKey, attempts);
        try
        {
            var answer = await _pipeline.ExecuteAsync(
                async (ctx, state) =>
                {
                    state.Attempts.Begin();
                    var response = await state.Client.InnerGetResponseAsync(state.Messages, state.Options, ctx.CancellationToken).ConfigureAwait(false);
                    state.Attempts.Succeeded();
                    return response;
                },
                context,
                (Client: this, Messages: list, Options: options, Attempts: attempts)).ConfigureAwait(false);
            circuit.Succeeded();
            return answer;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            if (ex is LlmCallException)
            {
                throw;
            }

            var (failure, outOfTime) = Explain(ex, attempts, call);
            circuit.Failed(failure);
            throw new LlmCallException(Describe(target, failure, attempts, outOfTime), failure, attempts.Count, ex);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    /// <summary>Why the call failed for good, and whether it was the total time budget that ended it.</summary>
    private static (LlmFailure Failure, bool OutOfTime) Explain(Exception exception, RetryAttempts attempts, LlmCallContext call)
    {
        if (ReferenceEquals(exception, attempts.LastException) && attempts.LastFailure is { } last)
        {
            return (last, false); // the last attempt's own failure: not retryable, or the retries are used up
        }

        if (exception is TimeoutRejectedException && attempts.LastFailure is { } earlier)
        {
            return (earlier, true); // the total budget ran out while waiting or during a later attempt
        }

        return (LlmFailureClassifier.Classify(exception, call.LastResponse), false);
    }

    private static RetryAttempts Attempts(ResilienceContext context) =>
        context.Properties.TryGetValue(AttemptsKey, out var attempts) ? attempts : throw new InvalidOperationException("retry bookkeeping missing from the resilience context");

    private static string Describe(LlmTarget target, LlmFailure failure, RetryAttempts attempts, bool outOfTime)
    {
        var who = $"{target.Provider} model '{target.Model}'";
        if (failure.Kind == LlmFailureKind.Rejected)
        {
            var hint = failure.StatusCode switch
            {
                401 or 403 => " (check the API key and its permissions)",
                404 => " (check the model name and the base URL)",
                _ => string.Empty,
            };
            return $"{who} rejected the request: {failure.Message}{hint}";
        }

        var budget = outOfTime ? " (total time budget used up)" : string.Empty;
        return string.Create(CultureInfo.InvariantCulture, $"{who} failed after {attempts.Count} attempt(s) in {attempts.Elapsed.TotalSeconds:0.#} s{budget}: {failure.Message}");
    }

    private Task<ChatResponse> InnerGetResponseAsync(IReadOnlyList<ChatMessage> messages, ChatOptions? options, CancellationToken cancellationToken) =>
        base.GetResponseAsync(messages, options, cancellationToken);
}
