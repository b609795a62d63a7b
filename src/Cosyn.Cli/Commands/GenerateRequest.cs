namespace Cosyn.Cli.Commands;

/// <summary>The options of one <c>generate</c> invocation, as typed.</summary>
/// <param name="LlmCalls">LLM call pacing, patience and prices; null means the defaults.</param>
public sealed record GenerateRequest(string Pipelines, int Count, string Output, long Seed, int Concurrency, string? PersonasFile, LlmCallFlags? LlmCalls = null);
