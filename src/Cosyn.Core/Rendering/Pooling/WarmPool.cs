using System.Collections.Concurrent;
using Cosyn.Rendering.Sandbox;

namespace Cosyn.Rendering.Pooling;

/// <summary>
/// Warm workers for one tool, started lazily, at most one job each at a time; an unhealthy or worn-out worker is
/// retired (killed) when handed back, so the next job starts a fresh one; disposing kills them all.
/// </summary>
public sealed class WarmPool<TWorker> : IAsyncDisposable
    where TWorker : class, IWarmWorker
{
    private readonly string _tool;
    private readonly SandboxProbe _probe;
    private readonly Func<CancellationToken, Task<(TWorker? Worker, RenderFailure? Failure)>> _start;
    private readonly Func<TWorker, bool> _reusable;
    private readonly SemaphoreSlim _slots;
    private readonly ConcurrentBag<TWorker> _idle = [];
    private readonly ConcurrentDictionary<TWorker, byte> _live = new();
    private int _disposed;

    /// <summary>
    /// An empty pool of <paramref name="concurrency"/> slots; <paramref name="start"/> launches a worker (or says why not),
    /// <paramref name="reusable"/> says whether a healthy worker may take another job (null: always).
    /// </summary>
    public WarmPool(
        string tool,
        int concurrency,
        SandboxProbe probe,
        Func<CancellationToken, Task<(TWorker? Worker, RenderFailure? Failure)>> start,
        Func<TWorker, bool>? reusable = null)
    {
        ArgumentNullException.ThrowIfNull(probe);
        ArgumentNullException.ThrowIfNull(start);
        ArgumentOutOfRangeException.ThrowIfLessThan(concurrency, 1);
        _tool = tool;
        _probe = probe;
        _start = start;
        _reusable = reusable ?? (_ => true);
        _slots = new SemaphoreSlim(concurrency, concurrency);
    }

    /// <summary>Process ids of the live workers (for diagnostics and tests).</summary>
    public IReadOnlyList<int> ProcessIds => [.. _live.Keys.Select(w => w.ProcessId)];

    /// <summary>
    /// Checks the sandbox, waits for a free slot and runs <paramref name="job"/> with a lease on it; the lease's worker
    /// is handed back afterwards whatever happened. A sandbox that cannot start becomes <paramref name="unavailable"/>.
    /// </summary>
    public async Task<T> RunAsync<T>(Func<WarmLease<TWorker>, Task<T>> job, Func<RenderFailure, T> unavailable, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(unavailable);
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        if (await _probe.CheckAsync(cancellationToken).ConfigureAwait(false) is { } problem)
        {
            return unavailable(new RenderFailure(_tool, problem.Kind, problem.Message, ""));
        }

        await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        var lease = new WarmLease<TWorker>(this);
        try
        {
            return await job(lease).ConfigureAwait(false);
        }
        finally
        {
            await lease.ReturnAsync().ConfigureAwait(false);
            _slots.Release();
        }
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        foreach (var worker in _live.Keys)
        {
            await worker.DisposeAsync().ConfigureAwait(false);
        }

        _live.Clear();
        _slots.Dispose();
    }

    /// <summary>An idle worker, or a freshly started one, or why none could start.</summary>
    internal async Task<(TWorker? Worker, RenderFailure? Failure)> TakeAsync(CancellationToken cancellationToken)
    {
        if (_idle.TryTake(out var idle))
        {
            return (idle, null);
        }

        var (fresh, failure) = await _start(cancellationToken).ConfigureAwait(false);
        if (fresh is not null)
        {
            _live[fresh] = 0;
        }

        return (fresh, failure);
    }

    /// <summary>Keeps a healthy, reusable worker for the next job; kills any other (broken, worn out, or pool closing).</summary>
    internal async Task ReturnAsync(TWorker worker)
    {
        if (worker.IsHealthy && _reusable(worker) && Volatile.Read(ref _disposed) == 0)
        {
            _idle.Add(worker);
            return;
        }

        _live.TryRemove(worker, out _);
        await worker.DisposeAsync().ConfigureAwait(false);
    }
}
