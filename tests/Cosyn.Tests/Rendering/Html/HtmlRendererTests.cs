using Cosyn.Tests.Rendering.Chromium;

namespace Cosyn.Tests.Rendering.Html;

[Collection(ChromiumTests.Name)]
public sealed class HtmlRendererTests(ChromiumFixture fixture)
{
    public static TheoryData<string, string[]> Documents => new()
    {
        { HtmlDocuments.Receipt, ["Corner Bakery", "Sourdough loaf", "TOTAL", "12.40"] },
        { HtmlDocuments.NutritionLabel, ["Nutrition Facts", "Calories", "Sodium", "230"] },
        { HtmlDocuments.SvgBarChart, ["Monthly Visitors", "March", "April"] },
        { HtmlDocuments.TableWithScript, ["Quarterly Revenue", "Q3", "Northwind"] },
        { HtmlDocuments.DashboardScreen, ["Inbox", "Settings", "Unread messages"] },
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task Render_RealisticDocument_ShowsItsText(string html, string[] expected)
    {
        var render = await fixture.Html.RenderWithTextAsync(ChromiumFixture.Request(ToolNames.Html, html), CancellationToken.None);

        Assert.True(render.Result.Succeeded, render.Result.Failure?.ToString());
        Assert.All(expected, e => Assert.Contains(e, render.DomText, StringComparison.Ordinal));
        using var image = TestImages.Decode(render.Result.Png!);
        Assert.Equal(ChromiumFixture.Fast.Width, image.Width);
    }

    [Fact]
    public async Task Render_Scale2_DoublesPixelWidth()
    {
        var options = ChromiumFixture.Fast with { Width = 400, Scale = 2 };

        var render = await fixture.Html.RenderAsync(ChromiumFixture.Request(ToolNames.Html, HtmlDocuments.Receipt, options), CancellationToken.None);

        using var image = TestImages.Decode(render.Png!);
        Assert.Equal(800, image.Width);
    }

    [Fact]
    public async Task Render_TallDocument_CapturesBelowTheFold()
    {
        var html = "<html><body style='margin:0'><div style='height:3000px;background:#eef'>top</div><p>bottom line</p></body></html>";

        var render = await fixture.Html.RenderAsync(ChromiumFixture.Request(ToolNames.Html, html), CancellationToken.None);

        using var image = TestImages.Decode(render.Png!);
        Assert.True(image.Height > 3000, $"height {image.Height}");
    }

    [Fact]
    public async Task Render_ScriptErrorOnBlankPage_ReportsRuntimeWithTheError()
    {
        var html = "<html><body><script>undefinedFunction();</script></body></html>";

        var render = await fixture.Html.RenderAsync(ChromiumFixture.Request(ToolNames.Html, html), CancellationToken.None);

        Assert.True(render.Failure?.Kind == RenderFailureKind.Runtime, render.Failure?.ToString());
        Assert.Contains("undefinedFunction", render.Failure!.Message, StringComparison.Ordinal);
    }
}
