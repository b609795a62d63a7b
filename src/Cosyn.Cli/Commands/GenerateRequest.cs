namespace Cosyn.Cli.Commands;

/// <summary>The options of one <c>generate</c> invocation, as typed.</summary>
/// <param name="Pipelines">The <c>--pipeline</c> text (names, comma-separated, or <c>all</c>); null when only a query is given.</param>
/// <param name="Count">Samples to write.</param>
/// <param name="Output">Output folder.</param>
/// <param name="Seed">Run seed.</param>
/// <param name="Concurrency">Samples in flight per stage.</param>
/// <param name="PersonasFile">Persona file, when given.</param>
/// <param name="Query">Targeting query, when given.</param>
/// <param name="KeepNearDuplicates">Write near-duplicate images instead of dropping and replacing them.</param>
/// <param name="RepairAttempts">Repairs of a failed render by the code model (LLM runs); the first try is not counted.</param>
/// <param name="Llm">The LLM options; null or empty for the offline synthesizer.</param>
/// <param name="LlmCalls">LLM call pacing, patience and prices; null means the defaults.</param>
/// <param name="Shard">The <c>--shard i/N</c> text, when given.</param>
/// <param name="Shards">The <c>--shards N</c> count (with an index from the environment), when given.</param>
/// <param name="QualityGate">Check every sample before it is written and replace those that fail (<c>--no-quality-gate</c> turns it off).</param>
/// <param name="KeepRejected">Write the samples the gate rejected to <c>OUT/rejected/</c>.</param>
/// <param name="ExcludedPersonas">Persona texts never to draw (<c>cosyn benchmark --exclude-personas-of</c>); null for none.</param>
public sealed record GenerateRequest(string? Pipelines, int Count, string Output, long Seed, int Concurrency, string? PersonasFile, string? Query = null, bool KeepNearDuplicates = false, int RepairAttempts = 2, LlmFlags? Llm = null, LlmCallFlags? LlmCalls = null, string? Shard = null, int? Shards = null, bool QualityGate = true, bool KeepRejected = false, IReadOnlyCollection<string>? ExcludedPersonas = null);
