using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Cosyn.Llm.Batch;

/// <summary>
/// OpenAI Batch (also served by OpenAI-compatible servers that implement it): the requests go up as a JSONL file
/// (<c>POST /files</c>, purpose <c>batch</c>), <c>POST /batches</c> starts it, <c>GET /batches/{id}</c> reports it,
/// and the output and error files (<c>GET /files/{id}/content</c>) hold one line per request, by <c>custom_id</c>.
/// </summary>
public sealed class OpenAiBatchProtocol() : BatchProtocol("openai", "/chat/completions")
{
    public const string ChatPath = "/v1/chat/completions";
    private static readonly string[] ResultFileFields = ["output_file_id", "error_file_id"];

    public override async Task<string> SubmitAsync(BatchConnection connection, IReadOnlyList<BatchRequest> requests, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(requests);
        var jsonl = new StringBuilder();
        foreach (var request in requests)
        {
            var line = new JsonObject
            {
                ["custom_id"] = request.CustomId,
                ["method"] = "POST",
                ["url"] = ChatPath,
                ["body"] = JsonNode.Parse(request.Body),
            };
            jsonl.Append(line.ToJsonString()).Append('\n');
        }

        using var file = new ByteArrayContent(Encoding.UTF8.GetBytes(jsonl.ToString()));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/jsonl");
        using var form = new MultipartFormDataContent { { new StringContent("batch"), "purpose" }, { file, "file", "cosyn-batch.jsonl" } };
        var uploaded = await connection.SendJsonAsync(HttpMethod.Post, connection.Under("files"), form, cancellationToken).ConfigureAwait(false);
        var create = new JsonObject
        {
            ["input_file_id"] = uploaded.GetProperty("id").GetString(),
            ["endpoint"] = ChatPath,
            ["completion_window"] = "24h",
            ["metadata"] = new JsonObject { ["source"] = "cosyn" },
        };
        using var body = new StringContent(create.ToJsonString(), Encoding.UTF8, "application/json");
        var batch = await connection.SendJsonAsync(HttpMethod.Post, connection.Under("batches"), body, cancellationToken).ConfigureAwait(false);
        return BatchIdOf(batch);
    }

    public override async Task<BatchProgress> PollAsync(BatchConnection connection, string batchId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var batch = await connection.SendJsonAsync(HttpMethod.Get, connection.Under("batches/" + Uri.EscapeDataString(batchId)), null, cancellationToken).ConfigureAwait(false);
        var state = batch.GetProperty("status").GetString() ?? "unknown";
        var ended = state is "completed" or "expired" or "cancelled" or "failed";
        var files = ResultFileFields
            .Select(name => batch.TryGetProperty(name, out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null)
            .OfType<string>()
            .ToList();
        return new BatchProgress(ended, state, files, state == "failed" ? FailureOf(batch) : null);
    }

    protected override Uri ResultUri(BatchConnection connection, string location)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return connection.Under("files/" + Uri.EscapeDataString(location) + "/content");
    }

    public override string ErrorBody(int status, string message) =>
        new JsonObject { ["error"] = new JsonObject { ["message"] = message, ["type"] = status >= 500 ? "server_error" : "invalid_request_error", ["code"] = null } }.ToJsonString();

    // A line answered by the model or refused by it has a response; one the batch never ran (expired) has only an error.
    protected override BatchResult ParseResult(string line)
    {
        using var document = JsonDocument.Parse(line);
        var root = document.RootElement;
        var id = root.GetProperty("custom_id").GetString()!;
        if (root.TryGetProperty("response", out var response) && response.ValueKind == JsonValueKind.Object)
        {
            return new BatchResult(id, response.GetProperty("status_code").GetInt32(), response.GetProperty("body").GetRawText());
        }

        return new BatchResult(id, null, null);
    }

    private static string FailureOf(JsonElement batch) =>
        batch.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Object && errors.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Array
            ? string.Join("; ", data.EnumerateArray().Select(e => e.TryGetProperty("message", out var m) ? m.GetString() : null).OfType<string>())
            : "the batch failed validation";
}
