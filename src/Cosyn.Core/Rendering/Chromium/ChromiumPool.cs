using Cosyn.Rendering.Pooling;
using Cosyn.Rendering.Processes;
using Cosyn.Rendering.Sandbox;

namespace Cosyn.Rendering.Chromium;

/// <summary>
/// Warm browsers for one tool, started lazily, one render each at a time; a hung, crashed or disconnected
/// browser is killed and replaced on the next render; disposing kills them all.
/// </summary>
public sealed class ChromiumPool : IAsyncDisposable
{
    private const string BrowserErrorPrefix = "browser error: ";

    private readonly string _tool;
    private readonly ChromiumOptions _options;
    private readonly string? _hostPage;
    private readonly TimeProvider _time;
    private readonly NodeAssets _assets;
    private readonly WarmPool<ChromiumWorker> _browsers;

    /// <summary>An empty pool for <paramref name="tool"/>; <paramref name="hostPage"/> is the HTML that loads the tool's library (null for plain HTML).</summary>
    public ChromiumPool(string tool, ChromiumOptions options, string? hostPage, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        _tool = tool;
        _options = options;
        _hostPage = hostPage;
        _time = time;
        _assets = NodeAssets.Locate(options.NodeModulesPath);
        var probe = new SandboxProbe(new SandboxCommandBuilder(options.Sandbox), new ProcessRunner());
        _browsers = new WarmPool<ChromiumWorker>(tool, options.Concurrency, probe, StartAsync, w => w.Renders < options.RendersPerBrowser);
    }

    /// <summary>Outer process ids of the live browsers (for diagnostics and tests).</summary>
    public IReadOnlyList<int> BrowserProcessIds => _browsers.ProcessIds;

    /// <summary>The options in force.</summary>
    public ChromiumOptions Options => _options;

    /// <summary>Runs <paramref name="job"/> on a warm page under the render's wall-clock bound; hangs and crashes become failures.</summary>
    internal Task<RenderResult> RunAsync(Func<ChromiumWorker, Task<RenderResult>> job, RenderOptions render, CancellationToken cancellationToken)
    {
        var started = _time.GetTimestamp();
        return _browsers.RunAsync(
            lease => RunLeasedAsync(lease, job, render, started, cancellationToken),
            failure => RenderResult.Failed(failure, _time.GetElapsedTime(started)),
            cancellationToken);
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => _browsers.DisposeAsync();

    private async Task<RenderResult> RunLeasedAsync(
        WarmLease<ChromiumWorker> lease, Func<ChromiumWorker, Task<RenderResult>> job, RenderOptions render, long started, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var (worker, failure) = await lease.TakeAsync(cancellationToken).ConfigureAwait(false);
            if (worker is null)
            {
                return RenderResult.Failed(failure!, _time.GetElapsedTime(started));
            }

            var reused = worker.Renders > 0;
            var result = await WatchAsync(worker, job, render, cancellationToken).ConfigureAwait(false);
            // A browser that died while idle (killed from outside), or a CDP call that threw (PuppeteerSharp
            // occasionally throws even NullReferenceException mid-render), is not the code's fault: retry once
            // on a fresh browser. Seen once in 450 renders under load before this retry.
            var infrastructure = result.Failure?.Message.StartsWith(BrowserErrorPrefix, StringComparison.Ordinal) == true;
            if (attempt == 0 && ((reused && !worker.IsHealthy) || infrastructure) && result.Failure?.Kind == RenderFailureKind.Runtime)
            {
                await lease.ReturnAsync().ConfigureAwait(false);
                continue;
            }

            var elapsed = _time.GetElapsedTime(started);
            return result.WithElapsed(elapsed);
        }
    }

    private async Task<RenderResult> WatchAsync(ChromiumWorker worker, Func<ChromiumWorker, Task<RenderResult>> job, RenderOptions render, CancellationToken cancellationToken)
    {
        worker.BeginRender();
        var running = job(worker);
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var timeout = Task.Delay(render.Timeout, _time, timer.Token);
        var first = await Task.WhenAny(running, worker.Crashed, timeout).ConfigureAwait(false);
        await timer.CancelAsync().ConfigureAwait(false);
        if (first == running && running.IsCompletedSuccessfully)
        {
            return running.Result;
        }

        // Whatever happened, the page cannot be trusted any more; its pending calls fail once the browser is killed.
        worker.MarkBroken();
        _ = running.ContinueWith(t => t.Exception, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
        cancellationToken.ThrowIfCancellationRequested();
        if (first == timeout)
        {
            var message = $"render exceeded the {render.Timeout.TotalSeconds:0.#} s wall-clock limit (infinite loop or endless loading?)";
            return Fail(RenderFailureKind.Timeout, message, worker.Log.Excerpt());
        }

        // The renderer died, or the CDP call failed because it did: give the OOM evidence a moment to land.
        await Task.Delay(TimeSpan.FromMilliseconds(100), _time, CancellationToken.None).ConfigureAwait(false);
        var error = running.Exception?.GetBaseException();
        if (worker.RanOutOfMemory() || worker.Crashed.IsCompleted)
        {
            return Fail(RenderFailureKind.Memory, "page crashed: out of memory (JS heap or browser memory limit)", LogExcerpt.Tail(worker.StandardErrorTail, 600));
        }

        // PuppeteerSharp throws assorted types (even NullReferenceException) on a dead connection.
        return Fail(RenderFailureKind.Runtime, BrowserErrorPrefix + FailureText.OneLine(error?.Message ?? "unknown"), worker.Log.Excerpt());
    }

    private async Task<(ChromiumWorker? Worker, RenderFailure? Failure)> StartAsync(CancellationToken cancellationToken)
    {
        var (fresh, failure) = await ChromiumWorker.StartAsync(_tool, _options, _assets, _hostPage, cancellationToken).ConfigureAwait(false);
        if (fresh is null && failure?.Kind == RenderFailureKind.ToolUnavailable)
        {
            // A browser that did not become ready once usually does the next time (seen 1 start in ~5 under load,
            // a TimeoutException inside the CDP handshake); a second failure is reported.
            (fresh, failure) = await ChromiumWorker.StartAsync(_tool, _options, _assets, _hostPage, cancellationToken).ConfigureAwait(false);
        }

        return (fresh, failure);
    }

    private RenderResult Fail(RenderFailureKind kind, string message, string excerpt) =>
        RenderResult.Failed(new RenderFailure(_tool, kind, message, excerpt), TimeSpan.Zero);
}
