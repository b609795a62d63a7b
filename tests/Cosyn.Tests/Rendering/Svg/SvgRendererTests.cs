using Cosyn.Tests.Rendering.CliTools;

namespace Cosyn.Tests.Rendering.Svg;

public sealed class SvgRendererTests() : CliRendererTests(ToolNames.Svg, typeof(SvgSamples))
{
    [Theory]
    [InlineData(nameof(SvgSamples.GradientPoster), "Summer Festival", "Riverside")]
    [InlineData(nameof(SvgSamples.Geometry), "height 6 cm", "base 10 cm")]
    [InlineData(nameof(SvgSamples.LabelledIcons), "Approved", "Storage", "Warning")]
    [InlineData(nameof(SvgSamples.Badge), "build", "passing")]
    [InlineData(nameof(SvgSamples.Map), "Northvale", "Eastmoor", "Silver Lake")]
    public Task Render_Sample_ShowsItsLabels(string sample, params string[] labels) => AssertShowsAsync(Sample(sample), labels);

    [Theory]
    [InlineData(nameof(SvgSamples.Map), 700, 1400, 900)] // no intrinsic size: the request width, at twice the density
    [InlineData(nameof(SvgSamples.Badge), 1000, 600, 240)] // intrinsic size, zoomed twice
    public async Task Render_AtScaleOne_IsDrawnAtTwiceCssDensity(string sample, int width, int expectedWidth, int expectedHeight)
    {
        var result = await Sut.RenderAsync(new RenderRequest(ToolNames.Svg, Sample(sample), new RenderOptions { Width = width, Scale = 1 }), CancellationToken.None);

        using var image = TestImages.Decode(result.Png!);
        Assert.Equal((expectedWidth, expectedHeight), (image.Width, image.Height));
    }
}
