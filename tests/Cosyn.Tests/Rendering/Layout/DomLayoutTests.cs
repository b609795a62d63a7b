using Cosyn.Rendering.Layout;
using Cosyn.Tests.Rendering.Chromium;

namespace Cosyn.Tests.Rendering.Layout;

/// <summary>
/// Chromium renders report the text they drew from the DOM (HTML text, Mermaid's HTML labels and SVG text, Plotly's and
/// Vega-Lite's SVG text), in pixels of the final (trimmed) PNG.
/// </summary>
[Collection(ChromiumTests.Name)]
public sealed class DomLayoutTests(ChromiumFixture fixture)
{
    private static readonly string[] ChineseGlyphs = ["中", "国", "文"];

    private const string HtmlOverlapping = """
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

    private static readonly string[] MermaidLabels = ["Receive order", "Ship parcel", "Send invoice"];

    private const string PlotlyAnnotations = """
        import plotly.graph_objects as go
        fig = go.Figure(go.Bar(x=['North', 'South', 'East'], y=[4, 7, 5]))
        fig.update_layout(title='Regional sales', width=700, height=450)
        fig.add_annotation(x='South', y=6, text='Peak 7.0', showarrow=False, font=dict(size=18))
        fig.add_annotation(x='South', y=6.1, text='Peak 7.1', showarrow=False, font=dict(size=18))
        fig.show()
        """;

    // Two text marks on the same point: their boxes must overlap.
    private const string VegaLiteCollidingLabels = """
        {"$schema": "https://vega.github.io/schema/vega-lite/v5.json", "width": 400, "height": 300,
         "title": "Value labels",
         "data": {"values": [{"x": 1, "y": 5, "t": "21.8"}, {"x": 1.02, "y": 5.05, "t": "22.4"}, {"x": 3, "y": 2, "t": "9.1"}]},
         "mark": {"type": "text", "fontSize": 18},
         "encoding": {"x": {"field": "x", "type": "quantitative", "scale": {"domain": [0, 4]}},
                      "y": {"field": "y", "type": "quantitative", "scale": {"domain": [0, 6]}},
                      "text": {"field": "t"}}}
        """;

    [Fact]
    public async Task Html_LabelsOnTopOfEachOther_GiveOverlappingBoxesWithInk()
    {
        var (result, layout) = await RenderAsync(ToolNames.Html, HtmlOverlapping);

        Assert.Equal(LayoutSource.Dom, layout.Source);
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
    public async Task Html_HeaderOverflowingAFixedCell_IsClipped_AndWrappedTextGivesOneBoxPerLine()
    {
        var (result, layout) = await RenderAsync(ToolNames.Html, ClippedHeader);

        Assert.True(LayoutAssert.Single(layout, "Rated Capacity").Clipped);
        Assert.False(LayoutAssert.Single(layout, "Load").Clipped);
        var lines = layout.Texts.Where(t => t.Text.Length > 0 && "A paragraph long enough that it wraps over several lines in this narrow box.".Contains(t.Text, StringComparison.Ordinal)).ToList();
        Assert.True(lines.Count >= 3, LayoutAssert.Describe(layout));
        Assert.True(lines.Zip(lines.Skip(1), (p, n) => n.Y > p.Y).All(x => x), "lines go down the page");
        LayoutAssert.HasInk(result.Png!, lines[1]);
    }

    [Fact]
    public async Task Html_Scale2_BoxesAreInDevicePixels()
    {
        var options = ChromiumFixture.Fast with { Scale = 2 };

        var (result, layout) = await RenderAsync(ToolNames.Html, HtmlOverlapping, options);

        var alone = LayoutAssert.Single(layout, "Alone");
        Assert.Equal(32, alone.FontSize!.Value, 1);
        LayoutAssert.HasInk(result.Png!, alone);
    }

    [Fact]
    public async Task Html_TextOutsideTheViewport_IsClipped()
    {
        var html = "<html><body style='margin:0;width:2000px'><div style='border:1px solid #000;height:400px;width:600px;background:#dde'><p style='margin:40px;font:20px sans-serif'>Left edge</p></div>"
            + "<p style='position:absolute;left:780px;top:40px;margin:0;font:20px sans-serif;white-space:nowrap'>Cut by the right edge</p></body></html>";

        var (_, layout) = await RenderAsync(ToolNames.Html, html);

        Assert.True(LayoutAssert.Single(layout, "Cut by the right edge").Clipped);
        Assert.False(LayoutAssert.Single(layout, "Left edge").Clipped);
    }

    [Fact]
    public async Task Html_ChineseText_DrawsDistinctGlyphs()
    {
        var html = "<html><body style='margin:30px;font:40px sans-serif'><div style='border:1px solid #000;padding:80px'><span>中</span> <span>国</span> <span>文</span></div></body></html>";

        var (result, layout) = await RenderAsync(ToolNames.Html, html);

        var glyphs = ChineseGlyphs.Select(c => LayoutAssert.Single(layout, c)).ToList();
        // CJK glyphs are one em wide; a missing-glyph box is narrower, and every box looks the same.
        Assert.All(glyphs, g => Assert.InRange(g.Width / g.FontSize!.Value, 0.9, 1.1));
        var prints = glyphs.Select(g => LayoutAssert.Fingerprint(result.Png!, g)).ToList();
        Assert.True(LayoutAssert.Difference(prints[0], prints[1]) > 0.03, "中 and 国 look the same (tofu)");
        Assert.True(LayoutAssert.Difference(prints[1], prints[2]) > 0.03, "国 and 文 look the same (tofu)");
    }

    [Fact]
    public async Task Mermaid_Flowchart_ReportsEachLabelWhereItIsDrawn()
    {
        var code = "flowchart TD\n  A[Receive order] --> B[Ship parcel]\n  B --> C[Send invoice]";

        var (result, layout) = await RenderAsync(ToolNames.Mermaid, code);

        Assert.Equal(LayoutSource.Dom, layout.Source);
        var boxes = MermaidLabels.Select(l => LayoutAssert.Single(layout, l)).ToList();
        Assert.All(boxes, b => LayoutAssert.HasInk(result.Png!, b));
        Assert.True(boxes[0].Bottom < boxes[1].Y && boxes[1].Bottom < boxes[2].Y, LayoutAssert.Describe(layout));
        Assert.All(boxes, b => Assert.False(b.Clipped));
    }

    [Fact]
    public async Task Mermaid_SequenceDiagram_ReportsSvgText()
    {
        var code = "sequenceDiagram\n  participant Client\n  participant Server\n  Client->>Server: GET /invoice";

        var (result, layout) = await RenderAsync(ToolNames.Mermaid, code);

        LayoutAssert.HasInk(result.Png!, LayoutAssert.Single(layout, "GET /invoice"));
        Assert.True(layout.Texts.Any(t => t.Text == "Client"), LayoutAssert.Describe(layout));
    }

    [Fact]
    public async Task Plotly_AnnotationsOnOnePoint_Overlap_AndTickLabelsHaveInk()
    {
        var options = ChromiumFixture.Fast with { Timeout = TimeSpan.FromSeconds(20) };

        var (result, layout) = await RenderAsync(ToolNames.Plotly, PlotlyAnnotations, options);

        Assert.Equal(LayoutSource.Dom, layout.Source);
        LayoutAssert.Overlap(LayoutAssert.Single(layout, "Peak 7.0"), LayoutAssert.Single(layout, "Peak 7.1"));
        LayoutAssert.HasInk(result.Png!, LayoutAssert.Single(layout, "North"));
        LayoutAssert.HasInk(result.Png!, LayoutAssert.Single(layout, "Regional sales"));
    }

    [Fact]
    public async Task VegaLite_TextMarksOnOnePoint_Overlap_AndTitleHasInk()
    {
        var (result, layout) = await RenderAsync(ToolNames.VegaLite, VegaLiteCollidingLabels);

        Assert.Equal(LayoutSource.Dom, layout.Source);
        LayoutAssert.Overlap(LayoutAssert.Single(layout, "21.8"), LayoutAssert.Single(layout, "22.4"));
        Assert.Equal(0, LayoutAssert.Single(layout, "9.1").OverlapArea(LayoutAssert.Single(layout, "21.8")));
        var title = LayoutAssert.Single(layout, "Value labels");
        LayoutAssert.HasInk(result.Png!, title);
        Assert.Equal(18, LayoutAssert.Single(layout, "9.1").FontSize!.Value, 1);
    }

    private Task<(RenderResult Result, LayoutFacts Layout)> RenderAsync(string tool, string code, RenderOptions? options = null) =>
        LayoutAssert.RenderFinalAsync(fixture.Renderer(tool), ChromiumFixture.Request(tool, code, options));
}
