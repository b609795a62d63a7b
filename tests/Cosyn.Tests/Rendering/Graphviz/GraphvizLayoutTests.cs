using Cosyn.Tests.Rendering.CliTools;
using Cosyn.Tests.Rendering.Layout;

namespace Cosyn.Tests.Rendering.Graphviz;

/// <summary>graphviz renders report their words from the PDF of the same run, in pixels of the final PNG.</summary>
public sealed class GraphvizLayoutTests() : CliRendererTests(ToolNames.Graphviz, typeof(GraphvizSamples))
{
    [Fact]
    public async Task Render_PinnedNodesOnTopOfEachOther_GiveOverlappingWordsWithInk()
    {
        var code = "digraph {\n  layout=neato;\n  node [shape=plaintext, fontsize=20];\n  a [label=\"Alpha\", pos=\"0,0!\"];\n  b [label=\"Gamma\", pos=\"0.15,0.05!\"];\n  c [label=\"Solo\", pos=\"3,2!\"];\n  d [label=\"Corner\", pos=\"0,2!\"];\n}\n";

        var (result, layout) = await RenderPdfLayoutAsync(code);

        LayoutAssert.Overlap(LayoutAssert.Single(layout, "Alpha"), LayoutAssert.Single(layout, "Gamma"));
        var solo = LayoutAssert.Single(layout, "Solo");
        Assert.Equal(0, solo.OverlapArea(LayoutAssert.Single(layout, "Alpha")));
        LayoutAssert.HasInk(result.Png!, solo);
        LayoutAssert.HasInk(result.Png!, LayoutAssert.Single(layout, "Corner"));
    }

    [Fact]
    public async Task Render_Flowchart_WordsSitOnTheirNodes()
    {
        var code = "digraph {\n  a [label=\"Receive order\", shape=box];\n  b [label=\"Ship parcel\", shape=box];\n  a -> b [label=\"paid\"];\n}\n";

        var (result, layout) = await RenderPdfLayoutAsync(code);

        var receive = LayoutAssert.Single(layout, "Receive");
        var ship = LayoutAssert.Single(layout, "Ship");
        Assert.True(receive.Bottom < ship.Y, LayoutAssert.Describe(layout));
        LayoutAssert.HasInk(result.Png!, receive);
        LayoutAssert.HasInk(result.Png!, LayoutAssert.Single(layout, "paid"));
    }
}
