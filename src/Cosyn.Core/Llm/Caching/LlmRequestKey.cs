using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;

namespace Cosyn.Llm.Caching;

/// <summary>
/// The cache key of a request: SHA-256 of its canonical JSON (provider, model, messages, and every option that
/// changes the reply: instructions, temperature, max tokens, sampling, stop sequences, response format with its
/// schema, tool names). Object keys are sorted, so equal requests hash equally whatever order they were built in.
/// The endpoint URL is left out on purpose: the same model behind a new port is still the same model.
/// </summary>
public static class LlmRequestKey
{
    public static string Compute(string provider, string model, IEnumerable<ChatMessage> messages, ChatOptions? options)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var root = new JsonObject
        {
            ["provider"] = provider,
            ["model"] = model,
            ["messages"] = new JsonArray([.. messages.Select(Message)]),
            ["options"] = Options(options),
        };
        var canonical = Canonical(root)!.ToJsonString();
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }

    private static JsonObject Message(ChatMessage message) => new()
    {
        ["role"] = message.Role.Value,
        ["author"] = message.AuthorName,
        ["contents"] = JsonSerializer.SerializeToNode(message.Contents, AIJsonUtilities.DefaultOptions),
    };

    private static JsonObject? Options(ChatOptions? options)
    {
        if (options is null)
        {
            return null;
        }

        return new JsonObject
        {
            ["instructions"] = options.Instructions,
            ["temperature"] = options.Temperature,
            ["max_output_tokens"] = options.MaxOutputTokens,
            ["top_p"] = options.TopP,
            ["top_k"] = options.TopK,
            ["frequency_penalty"] = options.FrequencyPenalty,
            ["presence_penalty"] = options.PresencePenalty,
            ["seed"] = options.Seed,
            ["stop"] = options.StopSequences is { } stop ? new JsonArray([.. stop.Select(s => (JsonNode?)s)]) : null,
            ["response_format"] = ResponseFormat(options.ResponseFormat),
            ["tools"] = options.Tools is { } tools ? new JsonArray([.. tools.Select(t => (JsonNode?)t.Name)]) : null,
            ["additional"] = options.AdditionalProperties is { } extra ? JsonSerializer.SerializeToNode(extra, AIJsonUtilities.DefaultOptions) : null,
        };
    }

    private static JsonNode? ResponseFormat(ChatResponseFormat? format) => format switch
    {
        null => null,
        ChatResponseFormatText => "text",
        ChatResponseFormatJson json => new JsonObject
        {
            ["type"] = "json",
            ["name"] = json.SchemaName,
            ["description"] = json.SchemaDescription,
            ["schema"] = json.Schema is { } schema ? JsonNode.Parse(schema.GetRawText()) : null,
        },
        _ => format.GetType().Name,
    };

    private static JsonNode? Canonical(JsonNode? node) => node switch
    {
        JsonObject obj => new JsonObject(obj
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => KeyValuePair.Create(p.Key, Canonical(p.Value)))),
        JsonArray array => new JsonArray([.. array.Select(Canonical)]),
        null => null,
        _ => JsonNode.Parse(node.ToJsonString()),
    };
}
