using System.Collections.Concurrent;
using Cosyn.Rendering.Processes;
using Cosyn.Rendering.Sandbox;

namespace Cosyn.Rendering.Python;

/// <summary>Hands jobs to idle Python workers, starting them lazily; broken workers are replaced, disposing kills them all.</summary>
public sealed class PythonWorkerPool : IAsyncDisposable
{
    private readonly PythonWorkerOptions _options;
    private readonly IProcessLauncher _launcher;
    private readonly TimeProvider _time;
    private readonly SandboxProbe _probe;
    private readonly SemaphoreSlim _slots;
    private readonly ConcurrentBag<PythonWorker> _idle = [];
    private readonly ConcurrentDictionary<PythonWorker, byte> _live = new();
    private int _disposed;

    /// <summary>Creates an empty pool; workers start on first use.</summary>
    public PythonWorkerPool(PythonWorkerOptions options, IProcessLauncher launcher, IProcessRunner runner, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Concurrency, 1);
        _options = options;
        _launcher = launcher;
        _time = time;
        _probe = new SandboxProbe(new SandboxCommandBuilder(options.Sandbox), runner);
        _slots = new SemaphoreSlim(options.Concurrency, options.Concurrency);
    }

    /// <summary>A pool over real processes and the system clock.</summary>
    public PythonWorkerPool(PythonWorkerOptions options)
        : this(options, new SystemProcessLauncher(), new ProcessRunner(), TimeProvider.System)
    {
    }

    /// <summary>Tool named on this pool's failures.</summary>
    public string Tool => _options.Tool;

    /// <summary>Process ids of the workers currently alive (for diagnostics and tests).</summary>
    public IReadOnlyList<int> WorkerProcessIds => [.. _live.Keys.Select(w => w.ProcessId)];

    /// <summary>Runs <paramref name="code"/> on an idle worker.</summary>
    public async Task<PythonRun> RunAsync(string code, RenderOptions render, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        if (await _probe.CheckAsync(cancellationToken).ConfigureAwait(false) is { } problem)
        {
            return new PythonRun(null, null, new RenderFailure(_options.Tool, problem.Kind, problem.Message, ""));
        }

        await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        PythonWorker? worker = null;
        try
        {
            if (!_idle.TryTake(out worker))
            {
                var (started, failure) = await PythonWorker.StartAsync(_options, _launcher, _time, cancellationToken).ConfigureAwait(false);
                if (started is null)
                {
                    return new PythonRun(null, null, failure);
                }

                worker = started;
                _live[worker] = 0;
            }

            return await worker.RunAsync(code, render, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            if (worker is not null)
            {
                await ReturnAsync(worker).ConfigureAwait(false);
            }

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

    private async Task ReturnAsync(PythonWorker worker)
    {
        if (worker.IsHealthy && Volatile.Read(ref _disposed) == 0)
        {
            _idle.Add(worker);
            return;
        }

        // Broken or pool closing: kill it; the next job starts a fresh one.
        _live.TryRemove(worker, out _);
        await worker.DisposeAsync().ConfigureAwait(false);
    }
}
