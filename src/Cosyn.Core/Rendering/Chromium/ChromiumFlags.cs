namespace Cosyn.Rendering.Chromium;

/// <summary>Command-line flags for a headless, offline, single-purpose browser.</summary>
internal static class ChromiumFlags
{
    /// <summary>The flags for a browser speaking CDP over fds 3/4 with a profile in <paramref name="userDataDir"/>.</summary>
    public static IReadOnlyList<string> For(ChromiumOptions options, string userDataDir) =>
    [
        // As root Chromium refuses its own sandbox; bwrap, the netns and the cgroup isolate it instead.
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        // WebGL (Plotly 3-D traces) on SwiftShader: the implicit fallback is deprecated and logs that it will go away.
        "--use-angle=swiftshader", "--enable-unsafe-swiftshader",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--user-data-dir=" + userDataDir, "--remote-debugging-pipe",
        "--hide-scrollbars", "--mute-audio", "--no-default-browser-check", "--disable-extensions",
        "--disable-breakpad", "--deny-permission-prompts", "--block-new-web-contents",
        // Belt and braces when the netns is missing: anything not served by interception goes to a dead proxy.
        "--proxy-server=http://127.0.0.1:9", "--proxy-bypass-list=<-loopback>",
        string.Create(CultureInfo.InvariantCulture, $"--js-flags=--max-old-space-size={options.JsHeapMiB}"),
        .. options.ExtraFlags,
        "about:blank",
    ];
}
