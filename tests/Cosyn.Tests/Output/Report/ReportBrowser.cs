using PuppeteerSharp;

namespace Cosyn.Tests.Output.Report;

/// <summary>A real headless Chromium (the machine's /usr/bin/chromium) that opens a report and records console errors and dialogs.</summary>
internal sealed class ReportBrowser : IAsyncDisposable
{
    private readonly IBrowser _browser;

    private ReportBrowser(IBrowser browser, IPage page)
    {
        _browser = browser;
        Page = page;
        page.Console += (_, e) =>
        {
            if (e.Message.Type == ConsoleType.Error)
            {
                Errors.Add("console: " + e.Message.Text);
            }
        };
        page.PageError += (_, e) => Errors.Add("page error: " + e.Message);
        page.Dialog += async (_, e) =>
        {
            Errors.Add("dialog: " + e.Dialog.Message);
            await e.Dialog.Dismiss();
        };
    }

    public IPage Page { get; }

    /// <summary>Console errors, uncaught exceptions and dialogs seen so far.</summary>
    public List<string> Errors { get; } = [];

    public static async Task<ReportBrowser> OpenAsync(string file)
    {
        // Without chromium this throws, and the test fails: a report nobody can open is not tested.
        var browser = await Puppeteer.LaunchAsync(new LaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var page = await browser.NewPageAsync();
        var report = new ReportBrowser(browser, page);
        await page.GoToAsync(new Uri(file).AbsoluteUri, WaitUntilNavigation.Load);
        return report;
    }

    /// <summary>Cards not hidden by the filters.</summary>
    public Task<int> VisibleCardsAsync() => Page.EvaluateExpressionAsync<int>("document.querySelectorAll('.card:not([hidden])').length");

    /// <summary>Loads every gallery image (they are lazy, so off-screen ones would wait) and tells whether all decoded.</summary>
    public Task<bool> AllImagesLoadAsync() => Page.EvaluateExpressionAsync<bool>(
        "Promise.all(Array.from(document.images).map(i => { i.loading = 'eager'; return i.decode().then(() => i.naturalWidth > 0, () => false); })).then(r => r.every(x => x))");

    public Task<int> AllCardsAsync() => Page.EvaluateExpressionAsync<int>("document.querySelectorAll('.card').length");

    /// <summary>Chooses <paramref name="value"/> in the filter for <paramref name="attribute"/> as a user would (fires change).</summary>
    public Task SelectAsync(string attribute, string value) => Page.SelectAsync($"select[data-filter='{attribute}']", value);

    public async ValueTask DisposeAsync()
    {
        await _browser.CloseAsync();
        await _browser.DisposeAsync();
    }
}
