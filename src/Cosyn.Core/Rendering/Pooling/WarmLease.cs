namespace Cosyn.Rendering.Pooling;

/// <summary>One held slot of a <see cref="WarmPool{TWorker}"/>: takes a worker, and hands it back early to retry on another.</summary>
public sealed class WarmLease<TWorker>
    where TWorker : class, IWarmWorker
{
    private readonly WarmPool<TWorker> _pool;
    private TWorker? _worker;

    internal WarmLease(WarmPool<TWorker> pool) => _pool = pool;

    /// <summary>Takes an idle worker or starts one; a failure value when none can start.</summary>
    public async Task<(TWorker? Worker, RenderFailure? Failure)> TakeAsync(CancellationToken cancellationToken)
    {
        if (_worker is not null)
        {
            throw new InvalidOperationException("the lease already holds a worker: return it before taking another");
        }

        var (worker, failure) = await _pool.TakeAsync(cancellationToken).ConfigureAwait(false);
        _worker = worker;
        return (worker, failure);
    }

    /// <summary>Hands the held worker back (kept warm if healthy, retired otherwise); nothing when none is held.</summary>
    public async Task ReturnAsync()
    {
        if (_worker is { } worker)
        {
            _worker = null;
            await _pool.ReturnAsync(worker).ConfigureAwait(false);
        }
    }
}
