using System.Collections.Concurrent;
using Cosyn.Llm.Calls;
using Cosyn.Llm.Outages;
using Cosyn.Store;

namespace Cosyn.Llm.Batch;

/// <summary>
/// Turns a run's online requests into provider batches: each stage and model has a queue that is submitted as one
/// batch when full or old enough; each submitted batch is polled until it ends, and its results are matched back to
/// the waiting callers by <c>custom_id</c>. Batch ids and results are committed to <c>run.db</c> before anyone sees
/// them, so a killed run's rerun polls the batches it had submitted and never submits a request that has a result.
/// Requests a batch did not answer (expired, cancelled, a transient error) go into the next batch; trouble reaching
/// the batch API is waited out like any outage, up to <see cref="LlmCallOptions.MaxOutage"/>.
/// </summary>
public sealed class LlmBatchScheduler : IDisposable
{
    private readonly LlmBatchOptions _options;
    private readonly LlmCallServices _services;
    private readonly LlmBatchStore _store;
    private readonly ConcurrentDictionary<string, Waiter> _waiters = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Protocol, string Root, string Stage, string Model), BatchQueue> _queues = new();
    private readonly ConcurrentDictionary<string, byte> _polled = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stopping = new();
    private int _resumed;

    public LlmBatchScheduler(LlmBatchOptions options, LlmCallServices services, string runFolder)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(services);
        _options = options;
        _services = services;
        _store = new LlmBatchStore(runFolder);
    }

    /// <summary>Batches submitted this session and earlier ones' still polled, for the status line.</summary>
    public int OpenBatches => _polled.Count;

    /// <summary>Answers one request through a batch: a stored result at once, else after the batch holding it ends.</summary>
    public async Task<BatchAnswer> SendAsync(IBatchProtocol protocol, BatchConnection connection, string stage, string model, BatchRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(request);
        ResumeOnce(protocol, connection);
        var waiter = _waiters.GetOrAdd(request.CustomId, _ => new Waiter(protocol, connection, (protocol.Name, connection.RootText, stage, model), request));

        // Registered before the lookup: a poller that stores the result after it still finds the waiter.
        var stored = _store.Find(request.CustomId);
        if (stored is { ResultStatus: { } status })
        {
            _waiters.TryRemove(request.CustomId, out _);
            return new BatchAnswer(status, stored.ResultBody ?? string.Empty);
        }

        if (stored?.BatchId is null)
        {
            Enqueue(waiter);
        }

        return await waiter.Answer.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    public void Dispose()
    {
        _stopping.Cancel();
        foreach (var queue in _queues.Values)
        {
            queue.Dispose();
        }

        _stopping.Dispose();
        _store.Dispose();
    }

    // A resumed run polls every batch an earlier session submitted (through this session's credentials).
    private void ResumeOnce(IBatchProtocol protocol, BatchConnection connection)
    {
        if (Interlocked.Exchange(ref _resumed, 1) == 1)
        {
            return;
        }

        foreach (var batch in _store.OpenBatches().Where(b => b.Protocol == protocol.Name && b.Root == connection.RootText))
        {
            StartPolling(batch.Id, protocol, connection);
        }
    }

    private void Enqueue(Waiter waiter)
    {
        var fresh = false;
        var queue = _queues.GetOrAdd(waiter.Queue, _ =>
        {
            fresh = true;
            return new BatchQueue(_options, _services.Time);
        });
        if (fresh)
        {
            _ = Task.Run(() => SubmitLoopAsync(queue, waiter.Protocol, waiter.Connection), _stopping.Token);
        }

        queue.Add(waiter.Request);
    }

    private async Task SubmitLoopAsync(BatchQueue queue, IBatchProtocol protocol, BatchConnection connection)
    {
        var token = _stopping.Token;
        while (!token.IsCancellationRequested)
        {
            var requests = await queue.TakeAsync(token).ConfigureAwait(false);
            try
            {
                var id = await PatientlyAsync(protocol, () => protocol.SubmitAsync(connection, requests, token), token).ConfigureAwait(false);
                _store.RecordSubmitted(new StoredBatch(id, protocol.Name, connection.RootText, false), requests.Select(r => (r.CustomId, r.Path, r.Body)), _services.Time.GetUtcNow());
                StartPolling(id, protocol, connection);
            }
            catch (Exception ex) when (!token.IsCancellationRequested)
            {
                Fail(requests.Select(r => r.CustomId), ex);
            }
        }
    }

    private void StartPolling(string batchId, IBatchProtocol protocol, BatchConnection connection)
    {
        if (_polled.TryAdd(batchId, 0))
        {
            _ = Task.Run(() => PollLoopAsync(batchId, protocol, connection), _stopping.Token);
        }
    }

    private async Task PollLoopAsync(string batchId, IBatchProtocol protocol, BatchConnection connection)
    {
        try
        {
            await PollAsync(batchId, protocol, connection, _stopping.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (!_stopping.IsCancellationRequested)
        {
            // The batch stays open in run.db: a rerun polls it again.
            Fail(_store.RequestsOf(batchId).Select(r => r.CustomId), ex);
        }
        finally
        {
            _polled.TryRemove(batchId, out _);
        }
    }

    private async Task PollAsync(string batchId, IBatchProtocol protocol, BatchConnection connection, CancellationToken token)
    {
        BatchProgress progress;
        do
        {
            await Task.Delay(_options.PollInterval, _services.Time, token).ConfigureAwait(false);
            progress = await PatientlyAsync(protocol, () => protocol.PollAsync(connection, batchId, token), token).ConfigureAwait(false);
        }
        while (!progress.Ended);

        var results = await PatientlyAsync(protocol, () => protocol.ResultsAsync(connection, progress, token), token).ConfigureAwait(false);
        var byId = results.GroupBy(r => r.CustomId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        foreach (var row in _store.RequestsOf(batchId))
        {
            var result = byId.GetValueOrDefault(row.CustomId);
            if (progress.Error is { } refused)
            {
                Finish(row.CustomId, 400, protocol.ErrorBody(400, $"batch {batchId} failed: {refused}"));
            }
            else if (result is { Retryable: false, Status: { } status })
            {
                Finish(row.CustomId, status, result.Body ?? string.Empty);
            }
            else if (row.Submissions >= _options.MaxSubmissions)
            {
                Finish(row.CustomId, result?.Status ?? 503, result?.Body ?? protocol.ErrorBody(503, $"not answered in {row.Submissions} batches (last {batchId}: {progress.State})"));
            }
            else
            {
                // Not answered this time: the next batch asks again (now if someone waits, else when the request is made again).
                _store.RecordUnanswered(row.CustomId);
                if (_waiters.TryGetValue(row.CustomId, out var waiter))
                {
                    Enqueue(waiter);
                }
            }
        }

        _store.RecordEnded(batchId);
    }

    // A bug or a halt reached a batch's callers: they fail (the halt's exception says why) instead of waiting forever.
    private void Fail(IEnumerable<string> customIds, Exception ex)
    {
        foreach (var id in customIds)
        {
            if (_waiters.TryRemove(id, out var waiter))
            {
                waiter.Answer.TrySetException(ex);
            }
        }
    }

    private void Finish(string customId, int status, string body)
    {
        _store.RecordResult(customId, status, body);
        if (_waiters.TryRemove(customId, out var waiter))
        {
            waiter.Answer.TrySetResult(new BatchAnswer(status, body));
        }
    }

    // Batch API trouble (5xx, 429, timeouts, dropped connections) is waited out like an online outage; a refusal stops the run.
    private async Task<T> PatientlyAsync<T>(IBatchProtocol protocol, Func<Task<T>> call, CancellationToken cancellationToken)
    {
        var outage = _services.OutageOf(protocol.Name + " batch API");
        while (true)
        {
            try
            {
                using var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                bounded.CancelAfter(_options.RequestTimeout);
                var value = await call().WaitAsync(bounded.Token).ConfigureAwait(false);
                outage.Recovered();
                return value;
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                var failure = ex is OperationCanceledException ? new LlmFailure(LlmFailureKind.Timeout, null, "no answer within the batch request timeout") : LlmFailureClassifier.Classify(ex, null);
                if (!failure.IsTransient)
                {
                    throw _services.Halt.Stop(LlmHaltKind.Rejected, $"{protocol.Name} batch API refused the run: {failure.Message}");
                }

                if (outage.Failed(null) is not { } wait)
                {
                    throw _services.Halt.Stop(
                        LlmHaltKind.Outage,
                        $"{protocol.Name} batch API unavailable longer than --max-outage (last: {failure.Message}); submitted batches are saved, run the same command again to resume");
                }

                await Task.Delay(wait, _services.Time, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private sealed class Waiter(IBatchProtocol protocol, BatchConnection connection, (string, string, string, string) queue, BatchRequest request)
    {
        public IBatchProtocol Protocol { get; } = protocol;

        public BatchConnection Connection { get; } = connection;

        public (string Protocol, string Root, string Stage, string Model) Queue { get; } = queue;

        public BatchRequest Request { get; } = request;

        public TaskCompletionSource<BatchAnswer> Answer { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
