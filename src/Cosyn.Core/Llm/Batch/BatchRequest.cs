namespace Cosyn.Llm.Batch;

/// <summary>One request for a batch: its id in the batch, the API path it is for and the body the SDK wrote.</summary>
public sealed record BatchRequest(string CustomId, string Path, string Body);
