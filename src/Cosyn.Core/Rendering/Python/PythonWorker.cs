using System.Text.Json;
using Cosyn.Rendering.Pooling;
using Cosyn.Rendering.Processes;
using Cosyn.Rendering.Sandbox;

namespace Cosyn.Rendering.Python;

/// <summary>One sandboxed Python worker process: imports once, forks per job. Not thread-safe: one job at a time.</summary>
public sealed class PythonWorker : IWarmWorker
{
    private const string SandboxWorkDir = "/tmp/work";
    private const string SandboxCacheDir = "/tmp/mplconfig";

    private readonly ILineProcess _process;
    private readonly string _hostDir;
    private readonly PythonWorkerOptions _options;
    private readonly TimeProvider _time;
    private long _nextJobId;

    private PythonWorker(ILineProcess process, string hostDir, PythonWorkerOptions options, TimeProvider time)
    {
        _process = process;
        _hostDir = hostDir;
        _options = options;
        _time = time;
    }

    /// <summary>False once the worker crashed, hung or mis-spoke; the pool then replaces it.</summary>
    public bool IsHealthy { get; private set; } = true;

    /// <summary>Operating-system id of the outermost sandbox process.</summary>
    public int ProcessId => _process.Id;

    /// <summary>Starts a worker and waits for its ready line; a failure value when it cannot start.</summary>
    public static async Task<(PythonWorker? Worker, RenderFailure? Failure)> StartAsync(
        PythonWorkerOptions options, IProcessLauncher launcher, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(launcher);
        var (hostDir, cacheDir) = WorkerDirectories.Create(options.WorkRoot);
        await PythonWorkerScript.WriteToAsync(hostDir, cancellationToken).ConfigureAwait(false);
        // Unsandboxed (benchmarks measuring the sandbox's cost) there are no mounts: the worker sees the host paths.
        var spec = new SandboxCommandBuilder(options.Sandbox).Wrap(
            options.Sandbox.DangerouslyDisableSandbox ? InnerSpec(options, hostDir, cacheDir) : InnerSpec(options, SandboxWorkDir, SandboxCacheDir),
            [new SandboxMount(hostDir, SandboxWorkDir), new SandboxMount(cacheDir, SandboxCacheDir)]);
        var process = launcher.Start(spec, out var error);
        if (process is null)
        {
            WorkerDirectories.Delete(hostDir);
            return (null, new RenderFailure(options.Tool, RenderFailureKind.ToolUnavailable, error ?? "cannot start worker", ""));
        }

        var worker = new PythonWorker(process, hostDir, options, time);
        var ready = await worker.ReadLineAsync(options.StartupTimeout, cancellationToken).ConfigureAwait(false);
        if (ready is { Line: { } line } && line.Contains("\"ready\"", StringComparison.Ordinal))
        {
            return (worker, null);
        }

        var log = process.StandardErrorTail;
        await worker.DisposeAsync().ConfigureAwait(false);
        var message = PythonFailureParser.LastErrorLine(log) ?? (ready.TimedOut ? "worker start timed out" : "worker exited at start");
        return (null, new RenderFailure(options.Tool, RenderFailureKind.ToolUnavailable, "python worker failed to start: " + message, LogExcerpt.Tail(log)));
    }

    /// <summary>Runs one job. Throws only on cancellation, after killing the worker (the job cannot be interrupted otherwise).</summary>
    public async Task<PythonRun> RunAsync(string code, RenderOptions render, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(render);
        var id = ++_nextJobId;
        var job = new PythonJob(_options.JobKind, id, code, render.Timeout.TotalSeconds, render.MemoryMiB, render.MaxOutputBytes, 100 * render.Scale);
        try
        {
            await _process.WriteLineAsync(JsonSerializer.Serialize(job, CosynJson.Compact), cancellationToken).ConfigureAwait(false);
        }
        catch (IOException)
        {
            return Broken(RenderFailureKind.Runtime, "python worker died before the job was sent");
        }

        var read = await ReadLineAsync(render.Timeout + _options.HangGrace, cancellationToken).ConfigureAwait(false);
        if (read.TimedOut)
        {
            return Broken(RenderFailureKind.Timeout, $"python worker did not answer within {render.Timeout.TotalSeconds:0.#} s and was replaced");
        }

        if (read.Line is null)
        {
            return Broken(RenderFailureKind.Runtime, $"python worker exited unexpectedly (code {_process.ExitCode?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"})");
        }

        var reply = JsonSerializer.Deserialize<PythonJobReply>(read.Line, CosynJson.Compact);
        if (reply is null || reply.Id != id)
        {
            return Broken(RenderFailureKind.Runtime, "python worker answered out of protocol");
        }

        var jobHostDir = Path.Combine(_hostDir, "jobs", id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        try
        {
            return new PythonRun(reply, await ReadOutputAsync(reply, jobHostDir, render.MaxOutputBytes, cancellationToken).ConfigureAwait(false), null);
        }
        finally
        {
            WorkerDirectories.Delete(jobHostDir);
        }
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        IsHealthy = false;
        await _process.DisposeAsync().ConfigureAwait(false);
        WorkerDirectories.Delete(_hostDir);
    }

    private static ProcessSpec InnerSpec(PythonWorkerOptions options, string workDir, string cacheDir) =>
        new(options.PythonPath, ["-s", "-B", $"{workDir}/{PythonWorkerScript.FileName}", options.JobKind])
        {
            WorkingDirectory = workDir,
            Environment = new Dictionary<string, string>
            {
                ["PATH"] = "/usr/bin:/bin",
                ["HOME"] = workDir,
                ["TMPDIR"] = "/tmp",
                ["LANG"] = "C.UTF-8",
                ["MPLCONFIGDIR"] = cacheDir,
                ["MPLBACKEND"] = "Agg",
                ["PYTHONHASHSEED"] = "0",
                ["PYTHONUNBUFFERED"] = "1",
                // One BLAS thread: jobs run in parallel already, and thread pools waste the address-space budget.
                ["OPENBLAS_NUM_THREADS"] = "1",
                ["OMP_NUM_THREADS"] = "1",
                ["MKL_NUM_THREADS"] = "1",
            },
        };

    private static async Task<byte[]?> ReadOutputAsync(PythonJobReply reply, string jobHostDir, long maxBytes, CancellationToken cancellationToken)
    {
        // The name comes from inside the sandbox: accept a plain file name only, and no symlink out of the job dir.
        if (reply.Status != "ok" || reply.Output is not { } name || name != Path.GetFileName(name) || name is "." or "..")
        {
            return null;
        }

        var file = new FileInfo(Path.Combine(jobHostDir, name));
        return file.Exists && file.LinkTarget is null && file.Length <= maxBytes
            ? await File.ReadAllBytesAsync(file.FullName, cancellationToken).ConfigureAwait(false)
            : null;
    }

    private PythonRun Broken(RenderFailureKind kind, string message)
    {
        IsHealthy = false;
        _process.Kill();
        return new PythonRun(null, null, new RenderFailure(_options.Tool, kind, message, LogExcerpt.Tail(_process.StandardErrorTail)));
    }

    private async Task<(string? Line, bool TimedOut)> ReadLineAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var deadline = new CancellationTokenSource(timeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(deadline.Token, cancellationToken);
        try
        {
            return (await _process.ReadLineAsync(linked.Token).ConfigureAwait(false), false);
        }
        catch (OperationCanceledException)
        {
            IsHealthy = false;
            _process.Kill();
            cancellationToken.ThrowIfCancellationRequested();
            return (null, true);
        }
    }
}
