using Cosyn.Rendering.Processes;
using Cosyn.Rendering.Sandbox;

namespace Cosyn.Rendering.CliTools;

/// <summary>
/// Base for renderers that run a command-line tool per job: bounds concurrency, checks the sandbox once
/// (failing closed), gives each job a fresh private directory and turns the outcome into a <see cref="RenderResult"/>.
/// A subclass only says which commands to run and how to read the tool's errors.
/// </summary>
public abstract class SandboxedToolRenderer : IRenderer
{
    private readonly IProcessRunner _runner;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _slots;
    private readonly SandboxProbe _probe;

    /// <summary>A renderer running at most <see cref="CliToolOptions.Concurrency"/> jobs at once.</summary>
    protected SandboxedToolRenderer(CliToolOptions options, IProcessRunner runner, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        _runner = runner;
        _time = time;
        _slots = new SemaphoreSlim(Math.Max(1, options.Concurrency));
        _probe = new SandboxProbe(new SandboxCommandBuilder(options.Sandbox), runner);
    }

    /// <inheritdoc/>
    public abstract string Tool { get; }

    /// <summary>The options this renderer was created with.</summary>
    protected CliToolOptions Options { get; }

    /// <summary>Executables the renderer needs, checked before each job so a missing tool is a clear failure.</summary>
    protected abstract IReadOnlyList<string> Programs { get; }

    /// <inheritdoc/>
    public Task<RenderResult> RenderAsync(RenderRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return RouteAsync(request, cancellationToken);
    }

    /// <summary>Where a request goes: by default it renders alone (<see cref="RenderAloneAsync"/>); a tool may batch instead.</summary>
    protected virtual Task<RenderResult> RouteAsync(RenderRequest request, CancellationToken cancellationToken) =>
        RenderAloneAsync(request, cancellationToken);

    /// <summary>Renders one request as its own job, in a concurrency slot.</summary>
    protected async Task<RenderResult> RenderAloneAsync(RenderRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // The clock starts once a slot is free: queueing is not the tool's time.
            var started = _time.GetTimestamp();
            var outcome = await RunJobAsync(request, cancellationToken).ConfigureAwait(false);
            var elapsed = _time.GetElapsedTime(started);
            return outcome.ToResult(elapsed);
        }
        finally
        {
            _slots.Release();
        }
    }

    /// <summary>
    /// Runs <paramref name="work"/> as one job (one slot, one fresh directory, bounds from <paramref name="render"/>),
    /// for a tool that renders several requests in one process. Null when the tool is missing or the sandbox
    /// is unusable: the caller then renders each request alone, which reports that failure.
    /// </summary>
    protected async Task<(T Value, TimeSpan Elapsed)?> RunSharedJobAsync<T>(
        RenderOptions render, Func<ToolJob, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var started = _time.GetTimestamp();
            if (Programs.Any(p => !File.Exists(Path.Combine(Options.BinDirectory, p)))
                || await _probe.CheckAsync(cancellationToken).ConfigureAwait(false) is not null)
            {
                return null;
            }

            using var directory = JobDirectory.Create(Options.WorkRoot, Tool);
            var job = new ToolJob(Tool, directory.Path, render, Options, _runner, _time);
            var value = await work(job, cancellationToken).ConfigureAwait(false);
            return (value, _time.GetElapsedTime(started));
        }
        finally
        {
            _slots.Release();
        }
    }

    /// <summary>Renders one job in <paramref name="job"/>'s private directory.</summary>
    protected abstract Task<ToolOutcome> RenderJobAsync(ToolJob job, string code, CancellationToken cancellationToken);

    /// <inheritdoc/>
    public ValueTask DisposeAsync()
    {
        _slots.Dispose();
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    private async Task<ToolOutcome> RunJobAsync(RenderRequest request, CancellationToken cancellationToken)
    {
        if (Programs.Select(p => Path.Combine(Options.BinDirectory, p)).FirstOrDefault(p => !File.Exists(p)) is { } missing)
        {
            return new RenderFailure(Tool, RenderFailureKind.ToolUnavailable, $"{missing} not found (see scripts/bootstrap.sh)", "");
        }

        if (await _probe.CheckAsync(cancellationToken).ConfigureAwait(false) is { } problem)
        {
            return new RenderFailure(Tool, problem.Kind, problem.Message, "");
        }

        using var directory = JobDirectory.Create(Options.WorkRoot, Tool);
        var job = new ToolJob(Tool, directory.Path, request.Options, Options, _runner, _time);
        return await RenderJobAsync(job, request.Code, cancellationToken).ConfigureAwait(false);
    }
}
