namespace Cosyn.Store;

/// <summary>One request of a provider batch as <c>run.db</c> holds it: where it went and, once known, its result.</summary>
/// <param name="CustomId">The request's id inside its batch (a hash of the request body).</param>
/// <param name="BatchId">The provider's batch id it was last submitted in; null while it waits for the next batch.</param>
/// <param name="Path">The API path the request is for (e.g. <c>/v1/chat/completions</c>).</param>
/// <param name="Body">The request body as the SDK wrote it.</param>
/// <param name="ResultStatus">HTTP status of the result; null while no result is known.</param>
/// <param name="ResultBody">The result body (a completion, or the provider's error); null while no result is known.</param>
/// <param name="Submissions">Batches the request was submitted in (more than one after an expired or cancelled batch).</param>
public sealed record StoredBatchRequest(string CustomId, string? BatchId, string Path, string Body, int? ResultStatus, string? ResultBody, int Submissions);
