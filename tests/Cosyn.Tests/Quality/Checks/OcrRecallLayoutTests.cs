using Cosyn.Quality.Checks;
using Cosyn.Quality.Ocr;
using Cosyn.Rendering.Layout;
using static Cosyn.Tests.Quality.QualityFixtures;

namespace Cosyn.Tests.Quality.Checks;

/// <summary>The gate's OCR economy: ocr-recall reads the renderer's measured text unless the options ask for OCR anyway (as <c>cosyn check</c> does).</summary>
public sealed class OcrRecallLayoutTests
{
    [Fact]
    public async Task With_layout_facts_the_measured_text_is_judged_without_ocr()
    {
        var ocr = new FakeOcr();
        var layout = Layout(new TextBox("North", 0, 0, 40, 16), new TextBox("South", 0, 20, 40, 16));

        var result = await new OcrRecallCheck().RunAsync(new CheckContext(Sample(), Chart(), layout, ocr), new QualityOptions());

        Assert.True(result.Passed, result.Reason);
        Assert.StartsWith("the layout finds 2 of 2", result.Reason, StringComparison.Ordinal);
        Assert.Equal(0, ocr.Calls);
    }

    [Fact]
    public async Task Ocr_with_layout_reads_the_pixels_even_beside_layout_facts()
    {
        var ocr = new FakeOcr(new OcrWord("East", 0, 0, 30, 14, 90));
        var layout = Layout(new TextBox("North", 0, 0, 40, 16), new TextBox("South", 0, 20, 40, 16));

        var result = await new OcrRecallCheck().RunAsync(new CheckContext(Sample(), Chart(), layout, ocr), new QualityOptions { OcrWithLayout = true });

        Assert.False(result.Passed);
        Assert.Equal(1, ocr.Calls);
    }
}
