using Cosyn.Rendering.Pooling;
using Cosyn.Rendering.Processes;
using Cosyn.Rendering.Sandbox;

namespace Cosyn.Rendering.Python;

/// <summary>Hands jobs to idle Python workers, starting them lazily; broken workers are replaced, disposing kills them all.</summary>
public sealed class PythonWorkerPool : IAsyncDisposable
{
    private readonly PythonWorkerOptions _options;
    private readonly WarmPool<PythonWorker> _workers;

    /// <summary>Creates an empty pool; workers start on first use.</summary>
    public PythonWorkerPool(PythonWorkerOptions options, IProcessLauncher launcher, IProcessRunner runner, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        var probe = new SandboxProbe(new SandboxCommandBuilder(options.Sandbox), runner);
        _workers = new WarmPool<PythonWorker>(options.Tool, options.Concurrency, probe, ct => PythonWorker.StartAsync(options, launcher, time, ct));
    }

    /// <summary>A pool over real processes and the system clock.</summary>
    public PythonWorkerPool(PythonWorkerOptions options)
        : this(options, new SystemProcessLauncher(), new ProcessRunner(), TimeProvider.System)
    {
    }

    /// <summary>A pool of its own for <paramref name="tool"/>, whose workers serve only <paramref name="jobKind"/> jobs (and import only its libraries).</summary>
    public static PythonWorkerPool For(string tool, string jobKind, PythonWorkerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new(options with { Tool = tool, JobKind = jobKind });
    }

    /// <summary>Tool named on this pool's failures.</summary>
    public string Tool => _options.Tool;

    /// <summary>Process ids of the workers currently alive (for diagnostics and tests).</summary>
    public IReadOnlyList<int> WorkerProcessIds => _workers.ProcessIds;

    /// <summary>Runs <paramref name="code"/> on an idle worker.</summary>
    public Task<PythonRun> RunAsync(string code, RenderOptions render, CancellationToken cancellationToken) =>
        _workers.RunAsync(
            async lease =>
            {
                var (worker, failure) = await lease.TakeAsync(cancellationToken).ConfigureAwait(false);
                return worker is null
                    ? new PythonRun(null, null, failure)
                    : await worker.RunAsync(code, render, cancellationToken).ConfigureAwait(false);
            },
            failure => new PythonRun(null, null, failure),
            cancellationToken);

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => _workers.DisposeAsync();
}
