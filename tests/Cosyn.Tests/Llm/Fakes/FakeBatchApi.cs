using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Cosyn.Tests.Llm.Fakes;

/// <summary>
/// The batch endpoints of a <see cref="FakeLlmServer"/>, both dialects: OpenAI (<c>/v1/files</c>, <c>/v1/batches</c>,
/// file contents) and Anthropic (<c>/v1/messages/batches</c>, results JSONL). A batch ends at its first poll while not
/// <see cref="Hold"/>: each request is then answered by the server's online handler (same transcript, same bodies,
/// recorded like an online request); a stalled or dropped one is left unanswered, as in an expired batch.
/// </summary>
public sealed class FakeBatchApi
{
    private readonly ConcurrentDictionary<string, string> _files = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, FakeBatch> _batches = new(StringComparer.Ordinal);
    private readonly Func<string, string, Task<(int Status, string Body)?>> _answer;
    private int _ids;
    private int _expire;

    internal FakeBatchApi(Func<string, string, Task<(int Status, string Body)?>> answer) => _answer = answer;

    /// <summary>While true, batches stay in progress (a run killed while waiting).</summary>
    public bool Hold { get; set; }

    /// <summary>Every batch created, in order, with the custom ids it held.</summary>
    public IReadOnlyList<(string Id, IReadOnlyList<string> CustomIds)> Created =>
        [.. _batches.Values.OrderBy(b => b.Number).Select(b => (b.Id, (IReadOnlyList<string>)[.. b.Requests.Select(r => r.CustomId)]))];

    /// <summary>Status requests per batch id.</summary>
    public ConcurrentDictionary<string, int> Polls { get; } = new(StringComparer.Ordinal);

    /// <summary>The next <paramref name="count"/> batches end expired with no request answered.</summary>
    public void ExpireNext(int count) => Interlocked.Add(ref _expire, count);

    internal void Map(WebApplication app)
    {
        app.MapPost("/v1/files", (Delegate)UploadAsync);
        app.MapGet("/v1/files/{id}/content", (string id) => Results.Text(_files[id], "application/jsonl"));
        app.MapPost("/v1/batches", (Delegate)CreateOpenAiAsync);
        app.MapGet("/v1/batches/{id}", async (string id) => Results.Json(await OpenAiStatusAsync(id)));
        app.MapPost("/v1/messages/batches", (Delegate)CreateAnthropicAsync);
        app.MapGet("/v1/messages/batches/{id}", async (HttpContext context, string id) => Results.Json(await AnthropicStatusAsync(context, id)));
        app.MapGet("/v1/messages/batches/{id}/results", (string id) => Results.Text(AnthropicResults(_batches[id]), "application/binary"));
    }

    private async Task<IResult> UploadAsync(HttpContext context)
    {
        var form = await context.Request.ReadFormAsync();
        var file = form.Files["file"]!;
        using var reader = new StreamReader(file.OpenReadStream());
        var id = "file-" + Interlocked.Increment(ref _ids);
        _files[id] = await reader.ReadToEndAsync();
        return Results.Json(new { id, @object = "file", purpose = form["purpose"].ToString(), bytes = file.Length, created_at = 1_760_000_000, filename = file.FileName });
    }

    private async Task<IResult> CreateOpenAiAsync(HttpContext context)
    {
        var body = await JsonNode.ParseAsync(context.Request.Body);
        var lines = _files[body!["input_file_id"]!.GetValue<string>()].Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var requests = lines.Select(l => JsonNode.Parse(l)!).Select(l => new FakeBatchRequest(l["custom_id"]!.GetValue<string>(), l["url"]!.GetValue<string>(), l["body"]!.ToJsonString())).ToList();
        var batch = Add("batch_", requests);
        return Results.Json(new { id = batch.Id, @object = "batch", endpoint = body["endpoint"]!.GetValue<string>(), status = "validating", input_file_id = body["input_file_id"]!.GetValue<string>(), completion_window = "24h", created_at = 1_760_000_000 });
    }

    private async Task<IResult> CreateAnthropicAsync(HttpContext context)
    {
        var body = await JsonNode.ParseAsync(context.Request.Body);
        var requests = body!["requests"]!.AsArray().Select(r => new FakeBatchRequest(r!["custom_id"]!.GetValue<string>(), "/v1/messages", r["params"]!.ToJsonString())).ToList();
        var batch = Add("msgbatch_", requests);
        return Results.Json(new { id = batch.Id, type = "message_batch", processing_status = "in_progress", results_url = (string?)null });
    }

    private FakeBatch Add(string prefix, List<FakeBatchRequest> requests)
    {
        var number = Interlocked.Increment(ref _ids);
        var batch = new FakeBatch(number, prefix + number, requests, Interlocked.Decrement(ref _expire) >= 0);
        if (!batch.Expired)
        {
            Interlocked.Increment(ref _expire);
        }

        _batches[batch.Id] = batch;
        return batch;
    }

    private async Task<object> OpenAiStatusAsync(string id)
    {
        var batch = _batches[id];
        if (!await EndAsync(batch))
        {
            return new { id, @object = "batch", status = "in_progress" };
        }

        var output = string.Concat(batch.Answers.Where(a => a.Value.Status == 200).Select(a => Line(a.Key, a.Value)));
        var errors = string.Concat(batch.Answers.Where(a => a.Value.Status != 200).Select(a => Line(a.Key, a.Value)))
            + string.Concat(batch.Requests.Where(r => !batch.Answers.ContainsKey(r.CustomId)).Select(r =>
                JsonSerializer.Serialize(new { id = "batch_req_x", custom_id = r.CustomId, response = (object?)null, error = new { code = "batch_expired", message = "not processed" } }) + "\n"));
        var outputId = "file-" + Interlocked.Increment(ref _ids);
        var errorId = "file-" + Interlocked.Increment(ref _ids);
        _files[outputId] = output;
        _files[errorId] = errors;
        return new { id, @object = "batch", status = batch.Expired ? "expired" : "completed", output_file_id = outputId, error_file_id = errorId };

        static string Line(string customId, (int Status, string Body) answer) =>
            JsonSerializer.Serialize(new { id = "batch_req_x", custom_id = customId, response = new { status_code = answer.Status, request_id = "req", body = JsonNode.Parse(answer.Body) }, error = (object?)null }) + "\n";
    }

    private async Task<object> AnthropicStatusAsync(HttpContext context, string id)
    {
        var batch = _batches[id];
        if (!await EndAsync(batch))
        {
            return new { id, type = "message_batch", processing_status = "in_progress", results_url = (string?)null };
        }

        var url = $"{context.Request.Scheme}://{context.Request.Host}/v1/messages/batches/{id}/results";
        return new { id, type = "message_batch", processing_status = "ended", results_url = url };
    }

    private static string AnthropicResults(FakeBatch batch) => string.Concat(batch.Requests.Select(r =>
    {
        object result = batch.Answers.TryGetValue(r.CustomId, out var answer)
            ? answer.Status == 200
                ? new { type = "succeeded", message = JsonNode.Parse(answer.Body) }
                : new { type = "errored", error = JsonNode.Parse(answer.Body) }
            : new { type = "expired" };
        return JsonSerializer.Serialize(new { custom_id = r.CustomId, result }) + "\n";
    }));

    // The first poll while not held runs every request through the online handler; later polls see the same answers.
    private async Task<bool> EndAsync(FakeBatch batch)
    {
        Polls.AddOrUpdate(batch.Id, 1, (_, n) => n + 1);
        if (Hold)
        {
            return false;
        }

        await batch.Gate.WaitAsync();
        try
        {
            if (!batch.Ended && !batch.Expired)
            {
                foreach (var request in batch.Requests)
                {
                    if (await _answer(request.Path, request.Body) is { } answer)
                    {
                        batch.Answers[request.CustomId] = answer;
                    }
                }
            }

            batch.Ended = true;
            return true;
        }
        finally
        {
            batch.Gate.Release();
        }
    }

    private sealed record FakeBatchRequest(string CustomId, string Path, string Body);

    private sealed class FakeBatch(int number, string id, List<FakeBatchRequest> requests, bool expired)
    {
        public int Number { get; } = number;

        public string Id { get; } = id;

        public List<FakeBatchRequest> Requests { get; } = requests;

        public bool Expired { get; } = expired;

        public bool Ended { get; set; }

        public SemaphoreSlim Gate { get; } = new(1);

        public ConcurrentDictionary<string, (int Status, string Body)> Answers { get; } = new(StringComparer.Ordinal);
    }
}
