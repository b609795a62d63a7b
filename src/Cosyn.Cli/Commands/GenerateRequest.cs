namespace Cosyn.Cli.Commands;

/// <summary>The options of one <c>generate</c> invocation, as typed.</summary>
public sealed record GenerateRequest(string Pipelines, int Count, string Output, long Seed, int Concurrency, string? PersonasFile);
