using System.ClientModel;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Anthropic.Exceptions;
using Polly.Timeout;

namespace Cosyn.Llm.Calls;

/// <summary>
/// Turns whatever an SDK threw into an <see cref="LlmFailure"/>. The status comes from the SDK's exception
/// (OpenAI's <see cref="ClientResultException.Status"/>, Anthropic's <see cref="AnthropicApiException.StatusCode"/>),
/// else from the HTTP response the observer saw for this attempt, so any IChatClient over HTTP is classified.
/// </summary>
public static partial class LlmFailureClassifier
{
    private const int MaxMessageLength = 300;

    public static LlmFailure Classify(Exception exception, LlmHttpResponseInfo? lastResponse)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (exception is TimeoutRejectedException || FindInChain<TimeoutException>(exception) is not null)
        {
            return new LlmFailure(LlmFailureKind.Timeout, null, "no response within the call timeout");
        }

        var status = StatusOf(exception) ?? (lastResponse is { StatusCode: >= 400 } seen ? seen.StatusCode : null);
        if (status is { } code)
        {
            var kind = code switch
            {
                429 => LlmFailureKind.RateLimited,
                408 or 425 or >= 500 => LlmFailureKind.ServerError,
                _ => LlmFailureKind.Rejected,
            };
            return new LlmFailure(kind, code, $"HTTP {code}: {OneLine(ProviderMessage(exception))}");
        }

        if (FindInChain<HttpRequestException>(exception) is not null || FindInChain<IOException>(exception) is not null
            || FindInChain<SocketException>(exception) is not null || exception is AnthropicIOException)
        {
            return new LlmFailure(LlmFailureKind.ConnectionFailed, null, $"connection failed: {OneLine(Innermost(exception).Message)}");
        }

        return new LlmFailure(LlmFailureKind.Unexpected, null, $"{exception.GetType().Name}: {OneLine(exception.Message)}");
    }

    private static int? StatusOf(Exception exception) => exception switch
    {
        ClientResultException { Status: > 0 } openAi => openAi.Status,
        AnthropicApiException anthropic => (int)anthropic.StatusCode,
        HttpRequestException { StatusCode: { } code } => (int)code,
        _ => null,
    };

    private static string ProviderMessage(Exception exception) => exception switch
    {
        AnthropicServiceException { ApiMessage: { Length: > 0 } message } => message,
        _ => exception.Message,
    };

    private static T? FindInChain<T>(Exception exception)
        where T : Exception
    {
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            if (current is T match)
            {
                return match;
            }
        }

        return null;
    }

    private static Exception Innermost(Exception exception)
    {
        var current = exception;
        while (current.InnerException is not null)
        {
            current = current.InnerException;
        }

        return current;
    }

    private static string OneLine(string text)
    {
        var line = Whitespace().Replace(text, " ").Trim();
        return line.Length <= MaxMessageLength ? line : line[..MaxMessageLength] + "...";
    }

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();
}
