using System.ClientModel;
using System.Net.Sockets;
using Microsoft.Extensions.AI;

namespace Cosyn.Hosting.Llm;

/// <summary>
/// Before any work starts, one tiny request per distinct stage model: a provider that is unreachable, refuses the
/// key or lacks the model is reported in one line instead of failing every sample.
/// </summary>
public static class LlmPreflight
{
    /// <summary>Attempts per model when the provider answers 429 or 5xx: a busy moment at startup must not abort the run.</summary>
    public const int BusyAttempts = 3;

    /// <summary>Null when every model answered; otherwise the one-line reason.</summary>
    public static async Task<string?> CheckAsync(Synthesis.Llm.LlmStageClients raw, LlmProviderOptions options, TimeSpan timeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(raw);
        ArgumentNullException.ThrowIfNull(options);
        var models = options.StageModels;
        var checks = new (IChatClient Client, string Model)[] { (raw.Topic, models.Topic), (raw.Data, models.Data), (raw.Code, models.Code), (raw.Qa, models.Qa) }
            .DistinctBy(c => c.Model, StringComparer.Ordinal);
        foreach (var (client, model) in checks)
        {
            using var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            bounded.CancelAfter(timeout);
            try
            {
                await AskAsync(client, bounded.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return $"{Where(options)} did not answer within {timeout.TotalSeconds:0} s (model {model})";
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                return $"{Where(options)} failed a test request (model {model}): {Describe(ex, options)}";
            }
        }

        return null;
    }

    /// <summary>The test request, repeated after a short pause while the provider answers 429 or 5xx (within the timeout).</summary>
    private static async Task AskAsync(IChatClient client, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await client.GetResponseAsync([new ChatMessage(ChatRole.User, "Reply with the word OK.")], new ChatOptions { MaxOutputTokens = 16 }, cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (Exception ex) when (attempt < BusyAttempts && ex is not OperationCanceledException
                && Cosyn.Llm.Calls.LlmFailureClassifier.Classify(ex, null).Kind is Cosyn.Llm.Calls.LlmFailureKind.RateLimited or Cosyn.Llm.Calls.LlmFailureKind.ServerError)
            {
                await Task.Delay(TimeSpan.FromSeconds(attempt), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static string Where(LlmProviderOptions options) =>
        options.EffectiveBaseUrl is { } url ? $"provider {options.Provider} at {url}" : $"provider {options.Provider}";

    /// <summary>The reason in words a user acts on: unreachable, unauthorised, unknown model, or the provider's own message.</summary>
    private static string Describe(Exception ex, LlmProviderOptions options)
    {
        var chain = Chain(ex).ToList();
        var status = chain.OfType<ClientResultException>().FirstOrDefault()?.Status ?? 0;
        var typeNames = string.Join(' ', chain.Select(e => e.GetType().Name));
        var key = LlmProviders.KeyVariable(options.Provider);
        if (status is 401 or 403 || typeNames.Contains("Unauthorized", StringComparison.Ordinal) || typeNames.Contains("Forbidden", StringComparison.Ordinal))
        {
            return key is null ? "unauthorised" : $"unauthorised; check {key}";
        }

        if (status == 404 || typeNames.Contains("NotFound", StringComparison.Ordinal))
        {
            return "not found; check --model and --base-url";
        }

        if (chain.Any(e => e is HttpRequestException or SocketException))
        {
            return "unreachable: " + FirstLine(chain.Last().Message);
        }

        return FirstLine(ex.Message);
    }

    private static IEnumerable<Exception> Chain(Exception ex)
    {
        for (var current = ex; current is not null; current = current.InnerException)
        {
            yield return current;
        }
    }

    private static string FirstLine(string message)
    {
        var line = message.ReplaceLineEndings("\n").Split('\n', 2)[0].Trim();
        return line.Length <= 200 ? line : line[..200] + "...";
    }
}
