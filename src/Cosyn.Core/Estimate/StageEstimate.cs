namespace Cosyn.Estimate;

/// <summary>One stage and model of an estimate: calls, tokens, and cost online and through the batch API (null: unpriced).</summary>
public sealed record StageEstimate(string Stage, string Model, double Calls, long InputTokens, long OutputTokens, decimal? OnlineUsd, decimal? BatchUsd, string Encoding, bool ExactTokens);
