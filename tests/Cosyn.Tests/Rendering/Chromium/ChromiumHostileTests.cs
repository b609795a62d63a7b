using Cosyn.Tests.Rendering.Html;
using System.Diagnostics;
using Cosyn.Rendering.Html;
using Cosyn.Rendering.Processes;

namespace Cosyn.Tests.Rendering.Chromium;

[Collection(ChromiumTests.Name)]
public sealed class ChromiumHostileTests(ChromiumFixture fixture)
{
    [Fact]
    public async Task Render_PageFetchesEverywhere_NothingLeavesAndPageStillRenders()
    {
        using var listener = new ConnectionCounter();
        var target = $"http://127.0.0.1:{listener.Port}";
        var html = $$"""
            <html><body><h1>Offline report</h1>
            <img src="{{target}}/img.png"><img src="https://example.com/logo.png">
            <script src="{{target}}/lib.js"></script><link rel="stylesheet" href="https://fonts.googleapis.com/css?family=Roboto">
            <iframe src="{{target}}/frame"></iframe>
            <script>
              fetch('{{target}}/fetch').catch(() => {});
              const x = new XMLHttpRequest(); x.open('GET', '{{target}}/xhr'); x.send();
              try { new WebSocket('ws://127.0.0.1:{{listener.Port}}/ws'); } catch (e) {}
              navigator.sendBeacon && navigator.sendBeacon('{{target}}/beacon', 'x');
            </script></body></html>
            """;

        var render = await fixture.Html.RenderWithTextAsync(ChromiumFixture.Request(ToolNames.Html, html), CancellationToken.None);
        await Task.Delay(300);

        Assert.True(render.Result.Succeeded, render.Result.Failure?.ToString());
        Assert.Contains("Offline report", render.DomText, StringComparison.Ordinal);
        Assert.Equal(0, listener.Connections);
    }

    // Navigating away *during* load can still race Puppeteer's load wait into a Timeout failure (bounded, the pool recovers).
    [Fact]
    public async Task Render_PopupAndNavigationAway_AreBlocked()
    {
        using var listener = new ConnectionCounter();
        var html = $"<html><body><h1>Stay here</h1><script>window.open('http://127.0.0.1:{listener.Port}/popup'); onload = () => location.href = 'http://127.0.0.1:{listener.Port}/away';</script></body></html>";

        var render = await fixture.Html.RenderWithTextAsync(ChromiumFixture.Request(ToolNames.Html, html), CancellationToken.None);

        Assert.True(render.Result.Succeeded, render.Result.Failure?.ToString());
        Assert.Contains("Stay here", render.DomText, StringComparison.Ordinal);
        Assert.Equal(0, listener.Connections);
    }

    [Fact]
    public async Task Render_InfiniteLoop_TimesOutThenNextRenderSucceeds()
    {
        var clock = Stopwatch.StartNew();
        var hung = await fixture.Html.RenderAsync(ChromiumFixture.Request(ToolNames.Html, "<html><body><p>x</p><script>while(true){}</script></body></html>"), CancellationToken.None);
        var elapsed = clock.Elapsed;

        var next = await fixture.Html.RenderAsync(ChromiumFixture.Request(ToolNames.Html, HtmlDocuments.Receipt), CancellationToken.None);

        Assert.Equal(RenderFailureKind.Timeout, hung.Failure?.Kind);
        Assert.InRange(elapsed, ChromiumFixture.Fast.Timeout, ChromiumFixture.Fast.Timeout + TimeSpan.FromSeconds(3));
        Assert.True(next.Succeeded, next.Failure?.ToString());
    }

    [Fact]
    public async Task Render_JsMemoryHog_FailsAsMemoryThenNextRenderSucceeds()
    {
        var html = "<html><body><p>hog</p><script>const a = []; while (true) a.push(new Array(1e6).fill(1.5));</script></body></html>";
        var clock = Stopwatch.StartNew();

        var hog = await fixture.Html.RenderAsync(ChromiumFixture.Request(ToolNames.Html, html, ChromiumFixture.Fast with { Timeout = TimeSpan.FromSeconds(15) }), CancellationToken.None);
        var elapsed = clock.Elapsed;
        var next = await fixture.Html.RenderAsync(ChromiumFixture.Request(ToolNames.Html, HtmlDocuments.Receipt), CancellationToken.None);

        Assert.Equal(RenderFailureKind.Memory, hog.Failure?.Kind);
        Assert.True(elapsed < TimeSpan.FromSeconds(15), $"took {elapsed}");
        Assert.True(next.Succeeded, next.Failure?.ToString());
    }

    [Fact]
    public async Task Render_HugePage_IsCutAtTheTextureLimit()
    {
        var html = "<html><body style='margin:0'><div style='height:100000px;background:linear-gradient(#fff,#00f)'>very tall</div></body></html>";

        var render = await fixture.Html.RenderAsync(ChromiumFixture.Request(ToolNames.Html, html), CancellationToken.None);

        Assert.True(render.Succeeded, render.Failure?.ToString());
        using var image = TestImages.Decode(render.Png!);
        Assert.InRange(image.Height, 1000, ChromiumFixture.Options.MaxCaptureDevicePixels);
    }

    [Fact]
    public async Task Dispose_AfterRenders_LeavesNoBrowserProcessBehind()
    {
        var pool = new Cosyn.Rendering.Chromium.ChromiumPool(ToolNames.Html, ChromiumFixture.Options, null, TimeProvider.System);
        var sut = new HtmlRenderer(pool);
        var first = await sut.RenderAsync(ChromiumFixture.Request(ToolNames.Html, HtmlDocuments.Receipt), CancellationToken.None);
        Assert.True(first.Succeeded, first.Failure?.ToString());
        var outer = pool.BrowserProcessIds.Single();
        var tree = ProcessTree.Descendants(outer).Append(outer).ToList();
        Assert.True(tree.Count >= 4, $"expected sandbox + browser + helpers, saw {tree.Count}");

        await sut.DisposeAsync();

        Assert.All(tree, pid => Assert.False(ProcessTree.IsAlive(pid), $"pid {pid} survived"));
    }

    [Fact]
    public async Task Render_BrowserKilledWhileIdle_IsReplacedTransparently()
    {
        Assert.True((await fixture.Html.RenderAsync(ChromiumFixture.Request(ToolNames.Html, HtmlDocuments.Receipt), CancellationToken.None)).Succeeded);
        foreach (var pid in ProcessTree.Descendants(Environment.ProcessId).Where(p => ProcessName(p) == "chromium").ToList())
        {
            ProcessTree.Kill(pid);
        }

        await Task.Delay(200);
        var next = await fixture.Html.RenderAsync(ChromiumFixture.Request(ToolNames.Html, HtmlDocuments.Receipt), CancellationToken.None);

        Assert.True(next.Succeeded, next.Failure?.ToString());
    }

    private static string ProcessName(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/comm").Trim();
        }
        catch (IOException)
        {
            return "";
        }
    }
}
