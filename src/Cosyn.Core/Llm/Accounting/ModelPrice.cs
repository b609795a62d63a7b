namespace Cosyn.Llm.Accounting;

/// <summary>US dollars per 1 million input and output tokens.</summary>
public sealed record ModelPrice(decimal Input, decimal Output)
{
    public decimal Cost(long inputTokens, long outputTokens) => ((inputTokens * Input) + (outputTokens * Output)) / 1_000_000m;
}
