namespace Cosyn.Llm.Batch;

/// <summary>
/// The requests of one stage and model waiting for their batch. A batch is ready when it is full or its oldest
/// request has waited <see cref="LlmBatchOptions.MaxWait"/>; whatever arrives meanwhile joins it.
/// </summary>
internal sealed class BatchQueue(LlmBatchOptions options, TimeProvider time) : IDisposable
{
    private readonly Lock _gate = new();
    private readonly List<(BatchRequest Request, DateTimeOffset Since)> _waiting = [];
    private readonly SemaphoreSlim _arrived = new(0);

    public void Add(BatchRequest request)
    {
        lock (_gate)
        {
            if (_waiting.Any(w => w.Request.CustomId == request.CustomId))
            {
                return;
            }

            _waiting.Add((request, time.GetUtcNow()));
        }

        _arrived.Release();
    }

    public void Dispose() => _arrived.Dispose();

    /// <summary>Waits until a batch is ready and takes it (at most <see cref="LlmBatchOptions.MaxRequests"/> requests).</summary>
    public async Task<IReadOnlyList<BatchRequest>> TakeAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            TimeSpan? wait;
            lock (_gate)
            {
                wait = _waiting.Count == 0 ? null : _waiting[0].Since + options.MaxWait - time.GetUtcNow();
                if (_waiting.Count >= options.MaxRequests || wait <= TimeSpan.Zero)
                {
                    var take = Math.Min(options.MaxRequests, _waiting.Count);
                    var batch = _waiting.Take(take).Select(w => w.Request).ToList();
                    _waiting.RemoveRange(0, take);
                    return batch;
                }
            }

            // Woken by an arrival (the batch may now be full) or when the oldest request has waited long enough.
            if (wait is { } left)
            {
                using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                var arrival = _arrived.WaitAsync(linked.Token);
                var due = Task.Delay(left, time, linked.Token);
                await Task.WhenAny(arrival, due).ConfigureAwait(false);
                await linked.CancelAsync().ConfigureAwait(false);
                cancellationToken.ThrowIfCancellationRequested();
            }
            else
            {
                await _arrived.WaitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
