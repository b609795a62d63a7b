using System.Text.Json;
using System.Text.Json.Nodes;

namespace Cosyn.Llm.Batch;

/// <summary>
/// Anthropic Message Batches: <c>POST /v1/messages/batches</c> with <c>{custom_id, params}</c> per request,
/// <c>GET /v1/messages/batches/{id}</c> until <c>processing_status</c> is <c>ended</c>, then the JSONL at
/// <c>results_url</c>: one line per request, <c>succeeded</c> (the message), <c>errored</c>, <c>canceled</c> or <c>expired</c>.
/// </summary>
public sealed class AnthropicBatchProtocol() : BatchProtocol("anthropic", "/messages")
{
    public override async Task<string> SubmitAsync(BatchConnection connection, IReadOnlyList<BatchRequest> requests, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(requests);
        var items = new JsonArray();
        foreach (var request in requests)
        {
            var parameters = JsonNode.Parse(request.Body)!.AsObject();
            parameters.Remove("stream"); // batch params must not stream; the SDK's non-streaming call may still say false
            items.Add(new JsonObject { ["custom_id"] = request.CustomId, ["params"] = parameters });
        }

        using var body = new StringContent(new JsonObject { ["requests"] = items }.ToJsonString(), Encoding.UTF8, "application/json");
        var batch = await connection.SendJsonAsync(HttpMethod.Post, connection.Under("messages/batches"), body, cancellationToken).ConfigureAwait(false);
        return BatchIdOf(batch);
    }

    public override async Task<BatchProgress> PollAsync(BatchConnection connection, string batchId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var batch = await connection.SendJsonAsync(HttpMethod.Get, connection.Under("messages/batches/" + Uri.EscapeDataString(batchId)), null, cancellationToken).ConfigureAwait(false);
        var state = batch.GetProperty("processing_status").GetString() ?? "unknown";
        var url = batch.TryGetProperty("results_url", out var u) && u.ValueKind == JsonValueKind.String ? u.GetString() : null;
        return new BatchProgress(state == "ended", state, url is null ? [] : [url]);
    }

    protected override Uri ResultUri(BatchConnection connection, string location) => new(location);

    public override string ErrorBody(int status, string message) =>
        new JsonObject { ["type"] = "error", ["error"] = new JsonObject { ["type"] = status >= 500 ? "api_error" : "invalid_request_error", ["message"] = message } }.ToJsonString();

    protected override BatchResult ParseResult(string line)
    {
        using var document = JsonDocument.Parse(line);
        var root = document.RootElement;
        var id = root.GetProperty("custom_id").GetString()!;
        var result = root.GetProperty("result");
        return result.GetProperty("type").GetString() switch
        {
            "succeeded" => new BatchResult(id, 200, result.GetProperty("message").GetRawText()),
            "errored" => new BatchResult(id, StatusOf(result.GetProperty("error")), result.GetProperty("error").GetRawText()),
            _ => new BatchResult(id, null, null), // canceled, expired: the next batch asks again
        };
    }

    // The error's type, as the online API would have answered it.
    private static int StatusOf(JsonElement error) =>
        (error.TryGetProperty("error", out var inner) ? inner : error).TryGetProperty("type", out var type) ? type.GetString() switch
        {
            "invalid_request_error" => 400,
            "authentication_error" => 401,
            "permission_error" => 403,
            "not_found_error" => 404,
            "request_too_large" => 413,
            "rate_limit_error" => 429,
            "overloaded_error" => 529,
            _ => 500,
        } : 500;
}
