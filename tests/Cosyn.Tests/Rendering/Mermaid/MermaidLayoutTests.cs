using Cosyn.Rendering.Layout;
using Cosyn.Tests.Rendering.Chromium;
using Cosyn.Tests.Rendering.Layout;

namespace Cosyn.Tests.Rendering.Mermaid;

/// <summary>Mermaid renders report their labels (HTML labels in foreignObject and SVG text) from the DOM.</summary>
[Collection(ChromiumTests.Name)]
public sealed class MermaidLayoutTests(ChromiumFixture fixture)
{
    private static readonly string[] Labels = ["Receive order", "Ship parcel", "Send invoice"];

    [Fact]
    public async Task Render_Flowchart_ReportsEachLabelWhereItIsDrawn()
    {
        var code = "flowchart TD\n  A[Receive order] --> B[Ship parcel]\n  B --> C[Send invoice]";

        var (result, layout) = await LayoutAssert.RenderFinalAsync(fixture.Mermaid, ChromiumFixture.Request(ToolNames.Mermaid, code));

        Assert.Equal(LayoutSource.Dom, layout.Source);
        var boxes = Labels.Select(l => LayoutAssert.Single(layout, l)).ToList();
        Assert.All(boxes, b => LayoutAssert.HasInk(result.Png!, b));
        Assert.True(boxes[0].Bottom < boxes[1].Y && boxes[1].Bottom < boxes[2].Y, LayoutAssert.Describe(layout));
        Assert.All(boxes, b => Assert.False(b.Clipped));
    }

    [Fact]
    public async Task Render_SequenceDiagram_ReportsSvgText()
    {
        var code = "sequenceDiagram\n  participant Client\n  participant Server\n  Client->>Server: GET /invoice";

        var (result, layout) = await LayoutAssert.RenderFinalAsync(fixture.Mermaid, ChromiumFixture.Request(ToolNames.Mermaid, code));

        LayoutAssert.HasInk(result.Png!, LayoutAssert.Single(layout, "GET /invoice"));
        Assert.True(layout.Texts.Any(t => t.Text == "Client"), LayoutAssert.Describe(layout));
    }
}
