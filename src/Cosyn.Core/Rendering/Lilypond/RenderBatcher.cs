namespace Cosyn.Rendering.Lilypond;

/// <summary>
/// Collects concurrent requests with equal <see cref="RenderOptions"/> for up to a time window or a number of
/// jobs, then hands them to a flush callback as one batch (which must complete every item).
/// </summary>
internal sealed class RenderBatcher
{
    private readonly int _maxJobs;
    private readonly TimeSpan _window;
    private readonly TimeProvider _time;
    private readonly Func<IReadOnlyList<PendingRender>, Task> _flush;
    private readonly Dictionary<RenderOptions, List<PendingRender>> _open = [];
    private readonly Lock _gate = new();

    public RenderBatcher(int maxJobs, TimeSpan window, TimeProvider time, Func<IReadOnlyList<PendingRender>, Task> flush)
    {
        _maxJobs = Math.Max(1, maxJobs);
        _window = window;
        _time = time;
        _flush = flush;
    }

    /// <summary>Adds a request to the open batch for its options; the result comes when that batch is rendered.</summary>
    public Task<RenderResult> EnqueueAsync(RenderRequest request, CancellationToken cancellationToken)
    {
        var item = new PendingRender(request, cancellationToken);
        List<PendingRender>? full = null;
        List<PendingRender>? opened = null;
        lock (_gate)
        {
            if (!_open.TryGetValue(request.Options, out var batch))
            {
                _open[request.Options] = batch = [];
                opened = batch;
            }

            batch.Add(item);
            if (batch.Count >= _maxJobs)
            {
                _open.Remove(request.Options);
                full = batch;
            }
        }

        if (full is not null)
        {
            Start(full);
        }
        else if (opened is not null)
        {
            _ = CloseAfterWindowAsync(request.Options, opened);
        }

        return item.Completion.Task.WaitAsync(cancellationToken);
    }

    private async Task CloseAfterWindowAsync(RenderOptions options, List<PendingRender> batch)
    {
        await Task.Delay(_window, _time).ConfigureAwait(false);
        lock (_gate)
        {
            // Already started when it filled up first; a batch opened since then has its own timer.
            if (!_open.TryGetValue(options, out var current) || !ReferenceEquals(current, batch))
            {
                return;
            }

            _open.Remove(options);
        }

        Start(batch);
    }

    private void Start(List<PendingRender> batch) => _ = Task.Run(async () =>
    {
        try
        {
            await _flush(batch).ConfigureAwait(false);
        }
        catch (Exception error)
        {
            foreach (var item in batch)
            {
                item.Completion.TrySetException(error);
            }
        }
    });
}

/// <summary>A request waiting in a <see cref="RenderBatcher"/>.</summary>
internal sealed class PendingRender(RenderRequest request, CancellationToken cancellationToken)
{
    public RenderRequest Request { get; } = request;

    /// <summary>The caller's token: a fallback render of this request alone honours it.</summary>
    public CancellationToken CancellationToken { get; } = cancellationToken;

    public TaskCompletionSource<RenderResult> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
