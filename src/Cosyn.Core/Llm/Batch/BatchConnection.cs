using System.Net.Http.Headers;
using System.Text.Json;

namespace Cosyn.Llm.Batch;

/// <summary>
/// Where and as whom batch API calls go: the API root and the credential headers of the online requests they replace
/// (so the key is never handled twice), over the caller's HttpClient. A non-success answer throws
/// <see cref="HttpRequestException"/> with its status, which the failure classifier reads.
/// </summary>
public sealed class BatchConnection(HttpClient http, Uri root, IReadOnlyList<KeyValuePair<string, string[]>> headers)
{
    public Uri Root { get; } = root;

    /// <summary>The root as text without a trailing slash, as stored with each batch.</summary>
    public string RootText => Root.ToString().TrimEnd('/');

    /// <summary>The URI of <paramref name="relative"/> (no leading slash) under the root.</summary>
    public Uri Under(string relative) => new(RootText + "/" + relative);

    public async Task<JsonElement> SendJsonAsync(HttpMethod method, Uri uri, HttpContent? content, CancellationToken cancellationToken)
    {
        var text = await SendAsync(method, uri, content, cancellationToken).ConfigureAwait(false);
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    public async Task<string> SendAsync(HttpMethod method, Uri uri, HttpContent? content, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, uri) { Content = content };
        foreach (var (name, values) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, values);
        }

        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            var excerpt = body.Length <= 300 ? body : body[..300];
            throw new HttpRequestException($"batch API {method} {uri.AbsolutePath}: HTTP {(int)response.StatusCode}: {excerpt}", null, response.StatusCode);
        }

        return body;
    }
}
