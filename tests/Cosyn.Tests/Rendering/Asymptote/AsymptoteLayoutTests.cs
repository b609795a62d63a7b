using Cosyn.Tests.Rendering.CliTools;
using Cosyn.Tests.Rendering.Layout;

namespace Cosyn.Tests.Rendering.Asymptote;

/// <summary>asymptote renders report their words from the PDF of the same run, in pixels of the final PNG.</summary>
public sealed class AsymptoteLayoutTests() : CliRendererTests(ToolNames.Asymptote, typeof(AsymptoteSamples))
{
    [Fact]
    public async Task Render_LabelsOnOnePoint_GiveOverlappingWordsWithInk()
    {
        var code = """
        size(6cm);
        draw((0,0)--(4,0)--(2,3)--cycle);
        label("Alpha", (2,1.2));
        label("Gamma", (2.1,1.25));
        label("Solo", (0,0), SW);
        label("Summit", (2,3), N);
        """;

        var (result, layout) = await RenderPdfLayoutAsync(code);

        LayoutAssert.Overlap(LayoutAssert.Single(layout, "Alpha"), LayoutAssert.Single(layout, "Gamma"));
        var solo = LayoutAssert.Single(layout, "Solo");
        var summit = LayoutAssert.Single(layout, "Summit");
        Assert.True(summit.Bottom < solo.Y, LayoutAssert.Describe(layout));
        LayoutAssert.HasInk(result.Png!, solo);
        LayoutAssert.HasInk(result.Png!, summit);
    }
}
