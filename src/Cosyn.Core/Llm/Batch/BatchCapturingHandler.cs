using System.Net;
using System.Security.Cryptography;
using Cosyn.Llm.Calls;

namespace Cosyn.Llm.Batch;

/// <summary>
/// Sits where the provider SDK's HTTP handler would and sends each chat request through a batch instead: the SDK
/// writes the request exactly as online and reads the batch's answer exactly as an online response, so batch and
/// online runs build the same prompts and parse the same replies. The <c>custom_id</c> is a hash of path and body,
/// so the same request asked again (a resumed run) finds its batch or its result. Requests no protocol batches
/// (the preflight's, if any) pass through to <see cref="DelegatingHandler.InnerHandler"/>.
/// </summary>
public sealed class BatchCapturingHandler(LlmBatchScheduler scheduler, IReadOnlyList<IBatchProtocol> protocols, HttpClient batchApi) : DelegatingHandler
{
    private static readonly string[] ContentHeaders = ["Content-Type", "Content-Length"];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var match = request.Method == HttpMethod.Post && request.RequestUri is { } uri && request.Content is not null
            ? protocols.Select(p => (Protocol: p, Root: p.RootOf(uri))).FirstOrDefault(m => m.Root is not null)
            : default;
        if (match.Protocol is null)
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        var body = await request.Content!.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        var path = request.RequestUri!.AbsolutePath;
        var headers = request.Headers.Where(h => !ContentHeaders.Contains(h.Key, StringComparer.OrdinalIgnoreCase)).Select(h => KeyValuePair.Create(h.Key, h.Value.ToArray())).ToList();
        var connection = new BatchConnection(batchApi, match.Root!, headers);
        var call = LlmCallContext.Current;
        var model = ModelOf(body) ?? call?.Model ?? "unknown";
        var answer = await scheduler.SendAsync(match.Protocol, connection, call?.Stage ?? "unknown", model, new BatchRequest(CustomId(path, body), path, body), cancellationToken).ConfigureAwait(false);
        if (call is not null)
        {
            call.Attempts++;
            call.Batched = true;
        }

        return new HttpResponseMessage((HttpStatusCode)answer.Status)
        {
            RequestMessage = request,
            Content = new StringContent(answer.Body, Encoding.UTF8, "application/json"),
        };
    }

    private static string CustomId(string path, string body) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(path + "\n" + body)));

    private static string? ModelOf(string body)
    {
        try
        {
            using var json = System.Text.Json.JsonDocument.Parse(body);
            return json.RootElement.TryGetProperty("model", out var model) ? model.GetString() : null;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }
}
