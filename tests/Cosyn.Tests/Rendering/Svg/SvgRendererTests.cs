using Cosyn.Rendering.CliTools;
using Cosyn.Rendering.Svg;
using Cosyn.Tests.Rendering.CliTools;

namespace Cosyn.Tests.Rendering.Svg;

public sealed class SvgRendererTests : IAsyncDisposable
{
    private readonly SvgRenderer _sut = new(CliToolHarness.Options(new CliToolsSettings().Svg));

    [Fact]
    public async Task Render_TextWithGradients_ShowsText() =>
        CliToolHarness.AssertRendersText(await CliToolHarness.RenderAsync(_sut, SvgSamples.GradientPoster), "Summer Festival", "Riverside");

    [Fact]
    public async Task Render_GeometryFigure_ShowsMeasurements() =>
        CliToolHarness.AssertRendersText(await CliToolHarness.RenderAsync(_sut, SvgSamples.Geometry), "height 6 cm", "base 10 cm");

    [Fact]
    public async Task Render_IconsWithLabels_ShowsLabels() =>
        CliToolHarness.AssertRendersText(await CliToolHarness.RenderAsync(_sut, SvgSamples.LabelledIcons), "Approved", "Storage", "Warning");

    [Fact]
    public async Task Render_Badge_ShowsBothHalves() =>
        CliToolHarness.AssertRendersText(await CliToolHarness.RenderAsync(_sut, SvgSamples.Badge), "build", "passing");

    [Fact]
    public async Task Render_Map_ShowsPlaceNames() =>
        CliToolHarness.AssertRendersText(await CliToolHarness.RenderAsync(_sut, SvgSamples.Map), "Northvale", "Eastmoor", "Silver Lake");

    [Fact]
    public async Task Render_NoIntrinsicSize_UsesRequestWidthAtTwiceDensity()
    {
        var result = await _sut.RenderAsync(new RenderRequest(ToolNames.Svg, SvgSamples.Map, new RenderOptions { Width = 700, Scale = 1 }), CancellationToken.None);

        using var image = TestImages.Decode(result.Png!);
        Assert.Equal((1400, 900), (image.Width, image.Height));
    }

    [Fact]
    public async Task Render_IntrinsicSize_IsZoomedTwice()
    {
        var result = await _sut.RenderAsync(new RenderRequest(ToolNames.Svg, SvgSamples.Badge, new RenderOptions { Scale = 1 }), CancellationToken.None);

        using var image = TestImages.Decode(result.Png!);
        Assert.Equal((600, 240), (image.Width, image.Height));
    }

    [Fact]
    public async Task Render_MalformedXml_IsSyntaxWithLineAndColumn()
    {
        var result = await CliToolHarness.RenderAsync(_sut, "<svg xmlns=\"http://www.w3.org/2000/svg\">\n  <text x=\"1\" y=\"2\">open\n</svg>\n");

        CliToolHarness.AssertFails(result, RenderFailureKind.Syntax);
        Assert.Matches(@"^XML parse error at line \d+, column \d+: ", result.Failure!.Message);
    }

    public ValueTask DisposeAsync() => _sut.DisposeAsync();
}
