using Microsoft.AspNetCore.Http;

namespace Cosyn.Tests.Llm.Fakes;

/// <summary>One provider's HTTP dialect: where requests arrive, how messages are read and replies and errors written.</summary>
public interface IFakeWireFormat
{
    /// <summary>The request path, e.g. <c>/v1/chat/completions</c>.</summary>
    string Path { get; }

    /// <summary>The text of every message (system included), joined by newlines.</summary>
    string PromptOf(JsonElement body);

    Task WriteCompletionAsync(HttpContext context, string model, string text, int inputTokens, int outputTokens);

    Task WriteErrorAsync(HttpContext context, int status, string message);
}
