using System.Text.Json;
using Microsoft.Extensions.AI;

namespace Cosyn.Synthesis.Llm.Prompting;

/// <summary>The exact messages one stage sends, and the reply it expects.</summary>
/// <param name="Stage">The stage.</param>
/// <param name="Messages">System and user messages, in order.</param>
/// <param name="Reply">What the reply must be, as said in a correction ("a single ```python block").</param>
/// <param name="Schema">JSON schema for providers with structured output, when the reply is a JSON object of known shape.</param>
/// <param name="SchemaName">Name of <paramref name="Schema"/>.</param>
/// <param name="JsonReply">Whether the reply is a JSON object (JSON mode where supported, even without a schema).</param>
public sealed record StagePrompt(
    LlmStage Stage,
    IReadOnlyList<ChatMessage> Messages,
    string Reply,
    JsonElement? Schema = null,
    string? SchemaName = null,
    bool JsonReply = false)
{
    /// <summary>The response format to request when the provider supports structured output.</summary>
    public ChatResponseFormat? StructuredFormat =>
        Schema is { } schema ? ChatResponseFormat.ForJsonSchema(schema, SchemaName) : JsonReply ? ChatResponseFormat.Json : null;
}
