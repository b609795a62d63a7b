namespace Cosyn.Hosting.Llm;

/// <summary>The providers <c>--provider</c> accepts.</summary>
public static class LlmProviders
{
    public const string OpenAi = "openai";
    public const string Anthropic = "anthropic";
    public const string Ollama = "ollama";
    public const string OpenAiCompatible = "openai-compatible";

    public static IReadOnlyList<string> All { get; } = [OpenAi, Anthropic, Ollama, OpenAiCompatible];

    /// <summary>The environment variable holding the provider's key (none for Ollama).</summary>
    public static string? KeyVariable(string provider) => provider switch
    {
        OpenAi or OpenAiCompatible => "OPENAI_API_KEY",
        Anthropic => "ANTHROPIC_API_KEY",
        _ => null,
    };

    /// <summary>
    /// Whether the provider honours JSON-schema response formats. Servers behind the generic OpenAI-compatible API
    /// (vLLM, llama.cpp, Ollama) differ, so they get plain prompts and tolerant parsing.
    /// </summary>
    public static bool HasStructuredOutput(string provider) => provider is OpenAi or Anthropic;
}
