namespace Cosyn.Llm.Batch;

/// <summary>
/// What a finished batch says about one request: the HTTP status and body the request would have had online (a
/// completion, or the provider's error); <see cref="Status"/> null when the batch did not answer it (expired, cancelled).
/// </summary>
public sealed record BatchResult(string CustomId, int? Status, string? Body)
{
    /// <summary>Whether another batch may answer it: no answer, or a rate-limit or server error.</summary>
    public bool Retryable => Status is null or 429 or 408 or >= 500;
}
