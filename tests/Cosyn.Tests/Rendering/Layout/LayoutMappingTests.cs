using Cosyn.Rendering.CliTools;
using Cosyn.Rendering.Images;
using Cosyn.Rendering.Layout;

namespace Cosyn.Tests.Rendering.Layout;

/// <summary>Boxes move with the image: PDF points to raster pixels, then the image policy's crop and scale.</summary>
public sealed class LayoutMappingTests
{
    private const string Xhtml = """
        <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd"><html xmlns="http://www.w3.org/1999/xhtml"><body><doc>
          <page width="100.000000" height="50.000000"><flow><block><line>
            <word xMin="10" yMin="5" xMax="30" yMax="15">Rated</word>
            <word xMin="90" yMin="5" xMax="130" yMax="15">Overhang</word>
            <word xMin="40" yMin="45" xMax="50" yMax="51">edge</word>
            <word xMin="60" yMin="5" xMax="70" yMax="15">&#xE001;</word>
          </line></block></flow></page></doc></body></html>
        """;

    [Fact]
    public void Parse_ScalesPointsToThePng_ClipsOverhangs_TrimsMetricSlack_AndDropsSymbolGlyphs()
    {
        var layout = PdfLayout.Parse(Xhtml, 200, 100);

        Assert.Equal(LayoutSource.Pdf, layout.Source);
        Assert.Equal(["Rated", "Overhang", "edge"], layout.Texts.Select(t => t.Text));
        Assert.Equal(new TextBox("Rated", 20, 10, 40, 20), layout.Texts[0]);
        Assert.True(layout.Texts[1].Clipped);
        Assert.Null(layout.Texts[2].Clipped);
        Assert.Equal(100, layout.Texts[2].Bottom);
    }

    [Fact]
    public void Parse_NotXml_IsUnavailableWithTheReason()
    {
        var layout = PdfLayout.Parse("<html><page", 10, 10);

        Assert.Equal(LayoutSource.None, layout.Source);
        Assert.Contains("not XML", layout.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_CropAndScale_MovesBoxesAndFontSize()
    {
        var layout = new LayoutFacts(LayoutSource.Dom, 1000, 800, [new TextBox("a", 300, 200, 100, 20, false, 16)], []) { MeasureTime = TimeSpan.FromMilliseconds(3) };

        var mapped = new ImageTransform(100, 50, 0.5).Apply(layout, 450, 375);

        Assert.Equal((450, 375), (mapped.ImageWidth, mapped.ImageHeight));
        Assert.Equal(new TextBox("a", 100, 75, 50, 10, false, 8), mapped.Texts[0]);
        Assert.Equal(TimeSpan.FromMilliseconds(3), mapped.MeasureTime);
    }

    [Fact]
    public void PythonLayout_ToFacts_ReadsRowsAndMissingGlyphs()
    {
        var json = """{"width": 200, "height": 100, "boxes": [["Title", 10.0, 5.0, 50.0, 12.0, false, 16.6]], "missing": ["न"], "error": null, "seconds": 0.002}""";
        var wire = System.Text.Json.JsonSerializer.Deserialize<Cosyn.Rendering.Python.PythonLayout>(json, Cosyn.Model.CosynJson.Compact)!;

        var facts = wire.ToFacts(400, 200);

        Assert.Equal(LayoutSource.Matplotlib, facts.Source);
        Assert.Equal(new TextBox("Title", 20, 10, 100, 24, false, 33.2), facts.Texts[0]);
        Assert.Equal(["न"], facts.MissingGlyphs);
    }

    [Fact]
    public void PythonLayout_NotMeasured_IsUnavailable()
    {
        var facts = new Cosyn.Rendering.Python.PythonLayout { Error = "boom" }.ToFacts(10, 10);

        Assert.False(facts.Measured);
        Assert.Equal("boom", facts.Reason);
    }
}
