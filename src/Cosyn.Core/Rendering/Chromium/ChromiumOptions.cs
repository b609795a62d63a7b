using Cosyn.Rendering.Sandbox;

namespace Cosyn.Rendering.Chromium;

/// <summary>How Chromium browsers start and how many serve each tool.</summary>
public sealed record ChromiumOptions
{
    /// <summary>Browser executable. Default the Debian <c>/usr/bin/chromium</c>.</summary>
    public string ExecutablePath { get; init; } = "/usr/bin/chromium";

    /// <summary>The npm folder holding the browser builds (<c>tools/node/node_modules</c>); null finds it above the app or the working directory.</summary>
    public string? NodeModulesPath { get; init; }

    /// <summary>Browsers (each with one warm page) per tool, i.e. renders at once per tool. Default 2.</summary>
    public int Concurrency { get; init; } = 2;

    /// <summary>Host directory for per-browser directories (the CDP pipes). Default <c>$TMPDIR/cosyn-chromium</c>.</summary>
    public string WorkRoot { get; init; } = Path.Combine(Path.GetTempPath(), "cosyn-chromium");

    /// <summary>Bound on launching a browser and loading the tool's library. Default 30 s.</summary>
    public TimeSpan StartupTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Memory cgroup limit for one browser and all its processes, in MiB (cgroup v1, when writable). Default 2048.</summary>
    public int BrowserMemoryMiB { get; init; } = 2048;

    /// <summary>V8 old-space limit per page in MiB: a JS memory hog crashes its page well before the cgroup limit. Default 512.</summary>
    public int JsHeapMiB { get; init; } = 512;

    /// <summary>Tallest capture in device pixels (Chromium's texture limit); full-page captures are cut there. Default 16384.</summary>
    public int MaxCaptureDevicePixels { get; init; } = 16384;

    /// <summary>Renders after which a browser is recycled, bounding slow leaks. Default 500.</summary>
    public int RendersPerBrowser { get; init; } = 500;

    /// <summary>Flags appended to the launch flags (e.g. <c>--disable-webgl</c> to check the no-WebGL path). Default none.</summary>
    public IReadOnlyList<string> ExtraFlags { get; init; } = [];

    /// <summary>
    /// Sandbox for the whole browser: own network namespace (loopback only), read-only system, uid 65534.
    /// No RLIMIT_AS (it silently breaks Chromium; the memory cgroup bounds it instead); threads count
    /// against RLIMIT_NPROC, so the process limit is generous.
    /// </summary>
    public SandboxPolicy Sandbox { get; init; } = new() { AddressSpaceMiB = null, MaxProcesses = 2048, MaxOpenFiles = 8192 };
}
