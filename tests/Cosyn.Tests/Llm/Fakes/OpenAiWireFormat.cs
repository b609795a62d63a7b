using Microsoft.AspNetCore.Http;

namespace Cosyn.Tests.Llm.Fakes;

/// <summary>OpenAI chat completions: <c>POST /v1/chat/completions</c>, <c>choices[].message</c>, <c>usage.prompt_tokens</c>.</summary>
public sealed class OpenAiWireFormat : IFakeWireFormat
{
    public string Path => "/v1/chat/completions";

    public string PromptOf(JsonElement body) =>
        string.Join("\n", body.GetProperty("messages").EnumerateArray().Select(m => m.GetProperty("content") switch
        {
            { ValueKind: JsonValueKind.String } s => s.GetString(),
            { ValueKind: JsonValueKind.Array } parts => string.Concat(parts.EnumerateArray().Select(p => p.TryGetProperty("text", out var t) ? t.GetString() : string.Empty)),
            _ => string.Empty,
        }));

    public Task WriteCompletionAsync(HttpContext context, string model, string text, int inputTokens, int outputTokens) =>
        context.Response.WriteAsJsonAsync(new
        {
            id = "chatcmpl-" + Guid.NewGuid().ToString("N"),
            @object = "chat.completion",
            created = 1_760_000_000,
            model,
            choices = new[]
            {
                new { index = 0, message = new { role = "assistant", content = text, refusal = (string?)null }, logprobs = (object?)null, finish_reason = "stop" },
            },
            usage = new { prompt_tokens = inputTokens, completion_tokens = outputTokens, total_tokens = inputTokens + outputTokens },
        });

    public Task WriteErrorAsync(HttpContext context, int status, string message)
    {
        context.Response.StatusCode = status;
        var type = status switch
        {
            429 => "rate_limit_exceeded",
            401 => "invalid_api_key",
            >= 500 => "server_error",
            _ => "invalid_request_error",
        };
        return context.Response.WriteAsJsonAsync(new { error = new { message, type, param = (string?)null, code = type } });
    }
}
