using Microsoft.ML.Tokenizers;

namespace Cosyn.Estimate;

/// <summary>
/// Counts tokens the way a model's provider bills them, with Microsoft.ML.Tokenizers' tiktoken encodings: o200k_base
/// for the GPT-4o/4.1/5 and o-series families, cl100k_base for GPT-4 and GPT-3.5; every other model (Claude, local
/// models) is counted with o200k_base and labelled approximate.
/// </summary>
public sealed class TokenCounter
{
    private static readonly Lazy<Tokenizer> O200k = new(() => TiktokenTokenizer.CreateForEncoding("o200k_base"));
    private static readonly Lazy<Tokenizer> Cl100k = new(() => TiktokenTokenizer.CreateForEncoding("cl100k_base"));
    private readonly Tokenizer _tokenizer;

    private TokenCounter(Tokenizer tokenizer, string encoding, bool exact)
    {
        _tokenizer = tokenizer;
        Encoding = encoding;
        Exact = exact;
    }

    /// <summary>The tiktoken encoding used.</summary>
    public string Encoding { get; }

    /// <summary>Whether the encoding is the model's own (OpenAI models); false: an approximation.</summary>
    public bool Exact { get; }

    public static TokenCounter For(string model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var name = model.ToLowerInvariant();
        if (name.StartsWith("gpt-4o", StringComparison.Ordinal) || name.StartsWith("gpt-4.1", StringComparison.Ordinal) || name.StartsWith("gpt-5", StringComparison.Ordinal)
            || name.StartsWith("o1", StringComparison.Ordinal) || name.StartsWith("o3", StringComparison.Ordinal) || name.StartsWith("o4", StringComparison.Ordinal)
            || name.StartsWith("chatgpt-4o", StringComparison.Ordinal) || name.StartsWith("gpt-oss", StringComparison.Ordinal))
        {
            return new TokenCounter(O200k.Value, "o200k_base", true);
        }

        if (name.StartsWith("gpt-4", StringComparison.Ordinal) || name.StartsWith("gpt-3.5", StringComparison.Ordinal))
        {
            return new TokenCounter(Cl100k.Value, "cl100k_base", true);
        }

        return new TokenCounter(O200k.Value, "o200k_base", false);
    }

    public int Count(string text) => _tokenizer.CountTokens(text ?? string.Empty);
}
