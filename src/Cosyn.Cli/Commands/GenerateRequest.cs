namespace Cosyn.Cli.Commands;

/// <summary>The options of one <c>generate</c> invocation, as typed.</summary>
/// <param name="RepairAttempts">Repairs of a failed render by the code model (LLM runs); the first try is not counted.</param>
/// <param name="Llm">The LLM options; null or empty for the offline synthesizer.</param>
public sealed record GenerateRequest(string Pipelines, int Count, string Output, long Seed, int Concurrency, string? PersonasFile, int RepairAttempts = 2, LlmFlags? Llm = null);
