using Cosyn.Model;

namespace Cosyn.Output.Runs;

/// <summary>One line of <c>samples.jsonl</c>: the sample, or why the line could not be read.</summary>
public sealed record RunRow(Sample? Sample, string? Problem);
