using System.Text.Json;

namespace Cosyn.Llm.Batch;

/// <summary>
/// What the providers' batch APIs have in common: a batch root found by cutting the online path off the request URI,
/// results read back as JSONL (one line per request) from the locations an ended batch names, and a batch id in the
/// answer to a submit. A provider adds how it submits, polls, and where and how it reads one result line.
/// </summary>
/// <param name="name">The name stored with each batch.</param>
/// <param name="onlinePath">The online endpoint's path below the API root (<c>/messages</c>, <c>/chat/completions</c>).</param>
public abstract class BatchProtocol(string name, string onlinePath) : IBatchProtocol
{
    public string Name { get; } = name;

    public Uri? RootOf(Uri requestUri)
    {
        ArgumentNullException.ThrowIfNull(requestUri);
        var text = requestUri.GetLeftPart(UriPartial.Path);
        return text.EndsWith(onlinePath, StringComparison.Ordinal) ? new Uri(text[..^onlinePath.Length]) : null;
    }

    public abstract Task<string> SubmitAsync(BatchConnection connection, IReadOnlyList<BatchRequest> requests, CancellationToken cancellationToken);

    public abstract Task<BatchProgress> PollAsync(BatchConnection connection, string batchId, CancellationToken cancellationToken);

    public async Task<IReadOnlyList<BatchResult>> ResultsAsync(BatchConnection connection, BatchProgress progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(progress);
        var results = new List<BatchResult>();
        foreach (var location in progress.ResultLocations)
        {
            var text = await connection.SendAsync(HttpMethod.Get, ResultUri(connection, location), null, cancellationToken).ConfigureAwait(false);
            foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                results.Add(ParseResult(line));
            }
        }

        return results;
    }

    public abstract string ErrorBody(int status, string message);

    /// <summary>Where the JSONL of one of <see cref="BatchProgress.ResultLocations"/> is read from.</summary>
    protected abstract Uri ResultUri(BatchConnection connection, string location);

    /// <summary>One result line: the request's custom id, with its status and body when the batch answered it.</summary>
    protected abstract BatchResult ParseResult(string line);

    /// <summary>The batch id in the answer to a submit.</summary>
    protected static string BatchIdOf(JsonElement batch) =>
        batch.GetProperty("id").GetString() ?? throw new InvalidOperationException("the batch API answered without a batch id");
}
