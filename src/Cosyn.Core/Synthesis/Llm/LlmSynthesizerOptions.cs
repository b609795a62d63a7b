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

    /// <summary>Whether a second, independent call answers each question from the code (<c>--verify</c>) and disagreeing pairs are dropped. Default false.</summary>
    public bool Verify { get; init; }

    /// <summary>Relative tolerance within which two numeric answers agree. Default 0.05.</summary>
    public double VerifyTolerance { get; init; } = Verification.AnswerMatch.DefaultTolerance;

    /// <summary>Whether to request JSON-schema / JSON-mode replies; off for providers without structured output. Default true.</summary>
    public bool StructuredOutput { get; init; } = true;
}
