namespace Cosyn.Synthesis.Llm;

/// <summary>How the LLM synthesizer calls its models. Plain settings with documented defaults.</summary>
public sealed class LlmSynthesizerOptions
{
    /// <summary>Sampling temperature; null leaves the provider's default. Default null.</summary>
    public float? Temperature { get; init; }

    /// <summary>Largest reply in tokens. Default 4096 (a long HTML page or LaTeX document fits).</summary>
    public int MaxOutputTokens { get; init; } = 4096;

    /// <summary>Corrections sent after an unusable reply before the stage fails with <c>unparsable-reply</c>. Default 2.</summary>
    public int ParseRetries { get; init; } = 2;

    /// <summary>Topics asked for per sample; one is kept, chosen by the sample seed, so more than one only spends tokens. Default 1.</summary>
    public int TopicCount { get; init; } = 1;

    /// <summary>Whether to request JSON-schema / JSON-mode replies; off for providers without structured output. Default true.</summary>
    public bool StructuredOutput { get; init; } = true;
}
