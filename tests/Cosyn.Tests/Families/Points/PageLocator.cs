using PuppeteerSharp;

namespace Cosyn.Tests.Families.Points;

/// <summary>
/// A test-owned Chromium page that lays an HTML document out exactly as the production renderer does (width 1000,
/// scale 1.5, full height) and finds elements by their visible text, never by the pointing markers.
/// </summary>
internal sealed class PageLocator : IAsyncDisposable
{
    public const int Width = 1000;
    public const double Scale = 1.5;

    private const string Helpers = """
        () => {
          const box = e => { const r = e.getBoundingClientRect(); return { x: r.left + scrollX, y: r.top + scrollY, w: r.width, h: r.height }; };
          const all = () => [...document.body.querySelectorAll('*')];
          const deepest = (test) => all().filter(e => test(e) && ![...e.children].some(test));
          const leaves = t => deepest(e => e.textContent.trim() === t);
          const rows = (a, b) => { const ends = leaves(b); return leaves(a).map(e => { let p = e; while (p && !ends.some(l => p.contains(l))) p = p.parentElement; return p; }).filter(p => p); };
          window.__locate = {
            leaf: (a) => leaves(a).map(box),
            startsWith: (a) => deepest(e => e.textContent.trim().startsWith(a)).map(box),
            button: (a) => [...document.querySelectorAll('button')].filter(e => e.textContent.trim().endsWith(a)).map(box),
            fieldAfter: (a) => leaves(a).map(e => e.nextElementSibling).filter(e => e).map(box),
            row: (a, b) => rows(a, b).map(box),
            inRow: (a, b, c) => rows(a, b).flatMap(r => [...r.querySelectorAll('*')].filter(e => e.textContent.trim() === c && ![...e.children].some(k => k.textContent.trim() === c))).map(box),
            control: (a, selector) => leaves(a).map(e => { let p = e; while (p && !p.querySelector(selector)) p = p.parentElement; return p && p.querySelector(selector); }).filter(e => e).map(box),
          };
        }
        """;

    private readonly IBrowser _browser;
    private readonly IPage _page;

    private PageLocator(IBrowser browser, IPage page)
    {
        _browser = browser;
        _page = page;
    }

    public static async Task<PageLocator> StartAsync()
    {
        var browser = await Puppeteer.LaunchAsync(new LaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars"],
        });
        return new PageLocator(browser, await browser.NewPageAsync());
    }

    /// <summary>Lays out <paramref name="html"/> and returns the full-page screenshot.</summary>
    public async Task<byte[]> LoadAsync(string html)
    {
        await _page.SetViewportAsync(new ViewPortOptions { Width = Width, Height = 600, DeviceScaleFactor = Scale });
        await _page.SetContentAsync(html);
        await _page.EvaluateExpressionAsync("document.fonts.ready");
        var height = await _page.EvaluateExpressionAsync<int>("Math.max(document.documentElement.scrollHeight, document.body.scrollHeight)");
        await _page.SetViewportAsync(new ViewPortOptions { Width = Width, Height = height, DeviceScaleFactor = Scale });
        await _page.EvaluateFunctionAsync(Helpers);
        return await _page.ScreenshotDataAsync(new ScreenshotOptions { Type = ScreenshotType.Png });
    }

    /// <summary>Boxes (CSS pixels) found by one of the text locators: leaf, startsWith, button, fieldAfter, row, inRow, control.</summary>
    public async Task<List<LocatedBox>> FindAsync(string locator, params object[] args) =>
        [.. await _page.EvaluateFunctionAsync<LocatedBox[]>($"(...a) => window.__locate.{locator}(...a)", args)];

    public async ValueTask DisposeAsync()
    {
        await _browser.CloseAsync();
        await _browser.DisposeAsync();
    }
}
