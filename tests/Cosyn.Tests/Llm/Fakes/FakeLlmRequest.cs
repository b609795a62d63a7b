namespace Cosyn.Tests.Llm.Fakes;

/// <summary>A request the fake provider received: its order, the model asked for, its messages' text and the raw body.</summary>
public sealed record FakeLlmRequest(int Number, string Model, string Prompt, string Body)
{
    /// <summary>The body as JSON, for assertions on wire-level fields (response_format, max_tokens, ...).</summary>
    public JsonElement Json => JsonDocument.Parse(Body).RootElement.Clone();
}
