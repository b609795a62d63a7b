using Cosyn.Tests.Rendering.Chromium;
using Cosyn.Tests.Rendering.Layout;

namespace Cosyn.Tests.Rendering.Html;

/// <summary>HTML renders report the text they drew from the DOM, in pixels of the final (trimmed) PNG.</summary>
[Collection(ChromiumTests.Name)]
public sealed class HtmlLayoutTests(ChromiumFixture fixture)
{
    private static readonly string[] Chinese = ["中", "国", "文"];

    private const string Overlapping = """
        <html><body style="margin:0;background:#fff">
        <div style="position:relative;height:300px;margin:60px">
          <span style="position:absolute;left:100px;top:100px;font:20px sans-serif">Revenue 21.8</span>
          <span style="position:absolute;left:110px;top:104px;font:20px sans-serif">Revenue 22.4</span>
          <p style="position:absolute;left:100px;top:200px;font:16px sans-serif;margin:0">Alone</p>
        </div></body></html>
        """;

    private const string ClippedHeader = """
        <html><body style="margin:20px;font:16px sans-serif">
        <table style="table-layout:fixed;width:240px;border-collapse:collapse">
          <tr><th style="width:120px;overflow:hidden;white-space:nowrap;border:1px solid #000">Rated Capacity (kWh)</th>
              <th style="width:120px;overflow:hidden;white-space:nowrap;border:1px solid #000">Load</th></tr>
          <tr><td style="border:1px solid #000">12</td><td style="border:1px solid #000">7</td></tr>
        </table>
        <p style="width:160px">A paragraph long enough that it wraps over several lines in this narrow box.</p>
        </body></html>
        """;

    [Fact]
    public async Task Render_LabelsOnTopOfEachOther_GiveOverlappingBoxesWithInk()
    {
        var (result, layout) = await LayoutAssert.RenderFinalAsync(fixture.Html, ChromiumFixture.Request(ToolNames.Html, Overlapping));

        Assert.Equal(Cosyn.Rendering.Layout.LayoutSource.Dom, layout.Source);
        var a = LayoutAssert.Single(layout, "21.8");
        var b = LayoutAssert.Single(layout, "22.4");
        var alone = LayoutAssert.Single(layout, "Alone");
        LayoutAssert.Overlap(a, b);
        Assert.Equal(0, alone.OverlapArea(a));
        Assert.Equal(20, a.FontSize!.Value, 1);
        // The page is trimmed to its content: boxes moved with it and still cover the glyphs.
        Assert.True(a.X < 40, $"not mapped into the trimmed image: {a}");
        LayoutAssert.HasInk(result.Png!, alone);
        Assert.All(layout.Texts, t => Assert.False(t.Clipped));
    }

    [Fact]
    public async Task Render_HeaderOverflowingAFixedCell_IsClipped_AndWrappedTextGivesOneBoxPerLine()
    {
        var (result, layout) = await LayoutAssert.RenderFinalAsync(fixture.Html, ChromiumFixture.Request(ToolNames.Html, ClippedHeader));

        Assert.True(LayoutAssert.Single(layout, "Rated Capacity").Clipped);
        Assert.False(LayoutAssert.Single(layout, "Load").Clipped);
        var lines = layout.Texts.Where(t => t.Text.Length > 0 && "A paragraph long enough that it wraps over several lines in this narrow box.".Contains(t.Text, StringComparison.Ordinal)).ToList();
        Assert.True(lines.Count >= 3, LayoutAssert.Describe(layout));
        Assert.True(lines.Zip(lines.Skip(1), (p, n) => n.Y > p.Y).All(x => x), "lines go down the page");
        LayoutAssert.HasInk(result.Png!, lines[1]);
    }

    [Fact]
    public async Task Render_Scale2_BoxesAreInDevicePixels()
    {
        var options = ChromiumFixture.Fast with { Scale = 2 };

        var (result, layout) = await LayoutAssert.RenderFinalAsync(fixture.Html, ChromiumFixture.Request(ToolNames.Html, Overlapping, options));

        var alone = LayoutAssert.Single(layout, "Alone");
        Assert.Equal(32, alone.FontSize!.Value, 1);
        LayoutAssert.HasInk(result.Png!, alone);
    }

    [Fact]
    public async Task Render_TextOutsideTheViewport_IsClipped()
    {
        var html = "<html><body style='margin:0;width:2000px'><div style='border:1px solid #000;height:400px;width:600px;background:#dde'><p style='margin:40px;font:20px sans-serif'>Left edge</p></div>"
            + "<p style='position:absolute;left:780px;top:40px;margin:0;font:20px sans-serif;white-space:nowrap'>Cut by the right edge</p></body></html>";

        var (_, layout) = await LayoutAssert.RenderFinalAsync(fixture.Html, ChromiumFixture.Request(ToolNames.Html, html));

        Assert.True(LayoutAssert.Single(layout, "Cut by the right edge").Clipped);
        Assert.False(LayoutAssert.Single(layout, "Left edge").Clipped);
    }

    [Fact]
    public async Task Render_ChineseText_DrawsDistinctGlyphs()
    {
        var html = "<html><body style='margin:30px;font:40px sans-serif'><div style='border:1px solid #000;padding:80px'><span>中</span> <span>国</span> <span>文</span></div></body></html>";

        var (result, layout) = await LayoutAssert.RenderFinalAsync(fixture.Html, ChromiumFixture.Request(ToolNames.Html, html));

        var glyphs = Chinese.Select(c => LayoutAssert.Single(layout, c)).ToList();
        // CJK glyphs are one em wide; a missing-glyph box is narrower, and every box looks the same.
        Assert.All(glyphs, g => Assert.InRange(g.Width / g.FontSize!.Value, 0.9, 1.1));
        var prints = glyphs.Select(g => LayoutAssert.Fingerprint(result.Png!, g)).ToList();
        Assert.True(LayoutAssert.Difference(prints[0], prints[1]) > 0.03, "中 and 国 look the same (tofu)");
        Assert.True(LayoutAssert.Difference(prints[1], prints[2]) > 0.03, "国 and 文 look the same (tofu)");
    }
}
