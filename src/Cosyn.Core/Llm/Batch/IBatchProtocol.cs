namespace Cosyn.Llm.Batch;

/// <summary>One provider's batch API: submit requests, check a batch, read its results back.</summary>
public interface IBatchProtocol
{
    /// <summary>The name stored with each batch (<c>openai</c>, <c>anthropic</c>).</summary>
    string Name { get; }

    /// <summary>The API root (e.g. <c>https://api.openai.com/v1</c>) of an online request URI this protocol batches, or null when it does not.</summary>
    Uri? RootOf(Uri requestUri);

    /// <summary>Submits <paramref name="requests"/> as one batch; returns the provider's batch id.</summary>
    Task<string> SubmitAsync(BatchConnection connection, IReadOnlyList<BatchRequest> requests, CancellationToken cancellationToken);

    Task<BatchProgress> PollAsync(BatchConnection connection, string batchId, CancellationToken cancellationToken);

    /// <summary>Every result an ended batch holds; requests it does not mention were not answered.</summary>
    Task<IReadOnlyList<BatchResult>> ResultsAsync(BatchConnection connection, BatchProgress progress, CancellationToken cancellationToken);

    /// <summary>An error body in this provider's format, for a request that gets no better answer.</summary>
    string ErrorBody(int status, string message);
}
