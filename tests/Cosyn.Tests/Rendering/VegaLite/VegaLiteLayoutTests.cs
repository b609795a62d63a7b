using Cosyn.Rendering.Layout;
using Cosyn.Tests.Rendering.Chromium;
using Cosyn.Tests.Rendering.Layout;

namespace Cosyn.Tests.Rendering.VegaLite;

/// <summary>Vega-Lite renders report their SVG text (axes, titles, text marks) from the DOM.</summary>
[Collection(ChromiumTests.Name)]
public sealed class VegaLiteLayoutTests(ChromiumFixture fixture)
{
    // Two text marks on the same point: their boxes must overlap.
    private const string CollidingLabels = """
        {"$schema": "https://vega.github.io/schema/vega-lite/v5.json", "width": 400, "height": 300,
         "title": "Value labels",
         "data": {"values": [{"x": 1, "y": 5, "t": "21.8"}, {"x": 1.02, "y": 5.05, "t": "22.4"}, {"x": 3, "y": 2, "t": "9.1"}]},
         "mark": {"type": "text", "fontSize": 18},
         "encoding": {"x": {"field": "x", "type": "quantitative", "scale": {"domain": [0, 4]}},
                      "y": {"field": "y", "type": "quantitative", "scale": {"domain": [0, 6]}},
                      "text": {"field": "t"}}}
        """;

    [Fact]
    public async Task Render_TextMarksOnOnePoint_Overlap_AndTitleHasInk()
    {
        var (result, layout) = await LayoutAssert.RenderFinalAsync(fixture.VegaLite, ChromiumFixture.Request(ToolNames.VegaLite, CollidingLabels));

        Assert.Equal(LayoutSource.Dom, layout.Source);
        LayoutAssert.Overlap(LayoutAssert.Single(layout, "21.8"), LayoutAssert.Single(layout, "22.4"));
        Assert.Equal(0, LayoutAssert.Single(layout, "9.1").OverlapArea(LayoutAssert.Single(layout, "21.8")));
        var title = LayoutAssert.Single(layout, "Value labels");
        LayoutAssert.HasInk(result.Png!, title);
        Assert.Equal(18, LayoutAssert.Single(layout, "9.1").FontSize!.Value, 1);
    }
}
