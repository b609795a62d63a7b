using Cosyn.Rendering.Pooling;
using PuppeteerSharp;
using PuppeteerSharp.Transport;

namespace Cosyn.Rendering.Chromium;

/// <summary>One sandboxed browser with one warm page for one tool (its library already loaded); killed, not repaired, when anything goes wrong.</summary>
internal sealed class ChromiumWorker : IWarmWorker
{
    private readonly ChromiumProcess _process;
    private readonly IBrowser _browser;
    private readonly TaskCompletionSource _crashed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _oomBaseline;
    private int _stderrBaseline;
    private volatile bool _broken;

    private ChromiumWorker(ChromiumProcess process, IBrowser browser, IPage page, ChromiumRouter router, ChromiumPageLog log)
    {
        _process = process;
        _browser = browser;
        Page = page;
        Router = router;
        Log = log;
    }

    public IPage Page { get; }

    public ChromiumRouter Router { get; }

    public ChromiumPageLog Log { get; }

    /// <summary>Completes when the page's renderer process dies (out of memory, usually).</summary>
    public Task Crashed => _crashed.Task;

    public int Renders { get; private set; }

    public int ProcessId => _process.ProcessId;

    /// <summary>Viewport last set, so unchanged sizes cost no round trip.</summary>
    public ViewPortOptions? Viewport { get; set; }

    public bool IsHealthy => !_broken && !_process.HasExited && _browser.IsConnected && !Page.IsClosed;

    /// <summary>Launches a browser, opens the page with interception on and, for library tools, loads <paramref name="hostPage"/>.</summary>
    public static async Task<(ChromiumWorker? Worker, RenderFailure? Failure)> StartAsync(
        string tool, ChromiumOptions options, NodeAssets assets, string? hostPage, CancellationToken cancellationToken)
    {
        var (process, failure) = await ChromiumProcess.StartAsync(tool, options, cancellationToken).ConfigureAwait(false);
        if (process is null)
        {
            return (null, failure);
        }

        try
        {
            var connect = ConnectAsync(tool, process, assets, hostPage);
            var worker = await connect.WaitAsync(options.StartupTimeout, cancellationToken).ConfigureAwait(false);
            return worker.Failure is null ? (worker.Worker, null) : (null, worker.Failure);
        }
        catch (Exception e) when (e is PuppeteerException or TimeoutException or IOException)
        {
            var log = LogExcerpt.Tail(process.StandardErrorTail);
            await process.DisposeAsync().ConfigureAwait(false);
            return (null, new RenderFailure(tool, RenderFailureKind.ToolUnavailable, "chromium did not become ready: " + OneLine(e.Message), log));
        }
        catch (OperationCanceledException)
        {
            await process.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Marks the start of a render: clears the page log and remembers the crash evidence baseline.</summary>
    public void BeginRender()
    {
        Renders++;
        Log.Reset();
        _oomBaseline = _process.Cgroup?.OomKills() ?? 0;
        _stderrBaseline = _process.StandardErrorTail.Length;
    }

    /// <summary>True when the kernel OOM-killed something in this browser or V8 reported running out of heap since <see cref="BeginRender"/>.</summary>
    public bool RanOutOfMemory()
    {
        var stderr = _process.StandardErrorTail;
        var recent = stderr.Length > _stderrBaseline ? stderr[_stderrBaseline..] : stderr;
        return (_process.Cgroup?.OomKills() ?? 0) > _oomBaseline
            || recent.Contains("out of memory", StringComparison.OrdinalIgnoreCase);
    }

    public string StandardErrorTail => _process.StandardErrorTail;

    public void MarkBroken() => _broken = true;

    /// <summary>Kills the process tree first: a hung renderer would stall a polite browser close.</summary>
    public async ValueTask DisposeAsync()
    {
        _broken = true;
        await _process.DisposeAsync().ConfigureAwait(false);
        try
        {
            _browser.Disconnect();
            _browser.Dispose();
        }
        catch (Exception e) when (e is PuppeteerException or ObjectDisposedException or IOException or InvalidOperationException)
        {
            // The connection is already gone with the process. InvalidOperationException: the killed process closes the
            // pipe, and PuppeteerSharp's own close handler detaches the browser on another thread while Disconnect does
            // ("Collection was modified" in DisposableActionsStack); seen once at the end of a finished generate run.
        }
    }

    private static async Task<(ChromiumWorker? Worker, RenderFailure? Failure)> ConnectAsync(
        string tool, ChromiumProcess process, NodeAssets assets, string? hostPage)
    {
        var browser = await Puppeteer.ConnectAsync(new ConnectOptions
        {
            BrowserWSEndpoint = "ws://pipe",
            TransportFactory = (_, _, _) => Task.FromResult<IConnectionTransport>(new FifoTransport(process.ToBrowser, process.FromBrowser)),
            DefaultViewport = null,
        }).ConfigureAwait(false);
        var page = await browser.NewPageAsync().ConfigureAwait(false);
        var log = new ChromiumPageLog();
        var router = new ChromiumRouter(assets, log);
        var worker = new ChromiumWorker(process, browser, page, router, log);
        page.Request += (_, e) => _ = router.HandleAsync(e.Request);
        page.PageError += (_, e) => log.Error("Uncaught " + e.Message);
        page.Console += (_, e) =>
        {
            if (e.Message.Type == ConsoleType.Error)
            {
                log.Error(e.Message.Text);
            }
        };
        page.Error += (_, _) => worker._crashed.TrySetResult();
        page.Dialog += (_, e) => _ = e.Dialog.Dismiss();
        browser.TargetCreated += (_, e) => _ = CloseStrayAsync(e.Target);
        await page.SetRequestInterceptionAsync(true).ConfigureAwait(false);
        await page.SetBypassServiceWorkerAsync(true).ConfigureAwait(false);
        if (hostPage is null)
        {
            return (worker, null);
        }

        var url = router.ServeDocument("/host.html", hostPage);
        await page.GoToAsync(url, new NavigationOptions { WaitUntil = [WaitUntilNavigation.Load] }).ConfigureAwait(false);
        if (!await page.EvaluateExpressionAsync<bool>("typeof window.cosynRender === 'function'").ConfigureAwait(false))
        {
            var missing = string.Join("; ", log.Errors.Concat(log.Blocked.Select(b => "not found: " + b)));
            await worker.DisposeAsync().ConfigureAwait(false);
            var hint = assets.Root is null ? "tools/node/node_modules not found (run scripts/bootstrap.sh)" : "library failed to load";
            return (null, new RenderFailure(tool, RenderFailureKind.ToolUnavailable, hint, LogExcerpt.Tail(missing)));
        }

        return (worker, null);
    }

    // window.open and friends: the flag --block-new-web-contents stops most; anything that slips through is closed.
    private static async Task CloseStrayAsync(Target target)
    {
        try
        {
            if (target.Type == TargetType.Page && target.Opener is not null && await target.PageAsync().ConfigureAwait(false) is { } stray)
            {
                await stray.CloseAsync().ConfigureAwait(false);
            }
        }
        catch (PuppeteerException)
        {
            // Already gone.
        }
    }

    private static string OneLine(string text) => FailureText.OneLine(text);
}
