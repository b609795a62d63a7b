namespace Cosyn.Llm.Batch;

/// <summary>The HTTP status and body a batched request is answered with, as if it had been sent online.</summary>
public sealed record BatchAnswer(int Status, string Body);
