using Cosyn.Tests.Rendering.CliTools;
using Cosyn.Tests.Rendering.Layout;

namespace Cosyn.Tests.Rendering.Svg;

/// <summary>svg renders report their words from the PDF of the same run, in pixels of the final PNG.</summary>
public sealed class SvgLayoutTests() : CliRendererTests(ToolNames.Svg, typeof(SvgSamples))
{
    [Fact]
    public async Task Render_TextsOnTopOfEachOther_GiveOverlappingWords_AndTextPastTheEdgeIsCut()
    {
        var code = """<svg xmlns="http://www.w3.org/2000/svg" width="400" height="300"><rect width="400" height="300" fill="#eef"/><text x="40" y="80" font-size="24" font-family="sans-serif">Alpha</text><text x="48" y="84" font-size="24" font-family="sans-serif">Gamma</text><text x="40" y="200" font-size="24" font-family="sans-serif">Solo</text><text x="340" y="260" font-size="24" font-family="sans-serif">Overflowing</text></svg>""";

        var (result, layout) = await RenderPdfLayoutAsync(code);

        LayoutAssert.Overlap(LayoutAssert.Single(layout, "Alpha"), LayoutAssert.Single(layout, "Gamma"));
        var solo = LayoutAssert.Single(layout, "Solo");
        LayoutAssert.HasInk(result.Png!, solo);
        // 192 dpi: SVG pixels are drawn at twice their size.
        Assert.InRange(solo.Height, 30, 70);
        // pdftotext keeps only the glyphs on the page: the word past the edge is reported as what is visible of it.
        Assert.Equal("Overf", LayoutAssert.Single(layout, "Overf").Text);
    }
}
