using Microsoft.AspNetCore.Http;

namespace Cosyn.Tests.Llm.Fakes;

/// <summary>Anthropic messages: <c>POST /v1/messages</c>, top-level <c>system</c>, <c>content</c> blocks, <c>usage.input_tokens</c>.</summary>
public sealed class AnthropicWireFormat : IFakeWireFormat
{
    public string Path => "/v1/messages";

    public string PromptOf(JsonElement body)
    {
        var parts = new List<string>();
        if (body.TryGetProperty("system", out var system))
        {
            parts.Add(Text(system));
        }

        parts.AddRange(body.GetProperty("messages").EnumerateArray().Select(m => Text(m.GetProperty("content"))));
        return string.Join("\n", parts);
    }

    public Task WriteCompletionAsync(HttpContext context, string model, string text, int inputTokens, int outputTokens) =>
        context.Response.WriteAsJsonAsync(new
        {
            id = "msg_" + Guid.NewGuid().ToString("N"),
            type = "message",
            role = "assistant",
            model,
            content = new[] { new { type = "text", text } },
            stop_reason = "end_turn",
            stop_sequence = (string?)null,
            usage = new { input_tokens = inputTokens, output_tokens = outputTokens },
        });

    public Task WriteErrorAsync(HttpContext context, int status, string message)
    {
        context.Response.StatusCode = status;
        var type = status switch
        {
            429 => "rate_limit_error",
            401 => "authentication_error",
            404 => "not_found_error",
            529 => "overloaded_error",
            >= 500 => "api_error",
            _ => "invalid_request_error",
        };
        return context.Response.WriteAsJsonAsync(new { type = "error", error = new { type, message } });
    }

    private static string Text(JsonElement content) => content.ValueKind switch
    {
        JsonValueKind.String => content.GetString() ?? string.Empty,
        JsonValueKind.Array => string.Concat(content.EnumerateArray().Select(b => b.TryGetProperty("text", out var t) ? t.GetString() : string.Empty)),
        _ => string.Empty,
    };
}
