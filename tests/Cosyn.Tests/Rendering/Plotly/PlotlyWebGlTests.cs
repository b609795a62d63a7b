using Cosyn.Rendering.Plotly;
using Cosyn.Tests.Rendering.Chromium;
using SkiaSharp;

namespace Cosyn.Tests.Rendering.Plotly;

/// <summary>3-D traces draw with software WebGL (SwiftShader): the plot area has the traces' pixels, not only a title or colorbar.</summary>
[Collection(ChromiumTests.Name)]
public sealed class PlotlyWebGlTests(ChromiumFixture fixture)
{
    private const string Scatter3d = """{"data": [{"type": "scatter3d", "mode": "markers", "x": [1, 2, 3, 4, 5, 6], "y": [2, 1, 4, 3, 6, 5], "z": [3, 5, 2, 6, 1, 4], "marker": {"size": 12, "color": "rgb(220, 30, 30)"}}], "layout": {"title": {"text": "Drill core samples"}, "width": 700, "height": 500}}""";

    private const string Surface = """{"data": [{"type": "surface", "z": [[1, 2, 3, 4], [2, 3, 4, 5], [3, 4, 6, 7], [4, 5, 7, 9]], "colorscale": [[0, "rgb(30, 90, 200)"], [1, "rgb(30, 90, 200)"]], "showscale": false}], "layout": {"title": {"text": "Terrain"}, "width": 700, "height": 500}}""";

    [Fact]
    public async Task RenderFigure_Scatter3d_DrawsTheMarkers()
    {
        var render = await fixture.Plotly.RenderFigureAsync(Scatter3d, ChromiumFixture.Fast, captureMarkup: false, CancellationToken.None);

        Assert.True(render.Result.Succeeded, render.Result.Failure?.ToString());
        var red = TestImages.CountPixels(render.Result.Png!, p => p.Red > 180 && p.Green < 90 && p.Blue < 90);
        Assert.True(red > 300, $"{red} marker pixels");
    }

    [Fact]
    public async Task RenderFigure_Surface_FillsThePlotArea()
    {
        var render = await fixture.Plotly.RenderFigureAsync(Surface, ChromiumFixture.Fast, captureMarkup: false, CancellationToken.None);

        Assert.True(render.Result.Succeeded, render.Result.Failure?.ToString());
        using var image = TestImages.Decode(render.Result.Png!);
        var centre = new SKRectI(image.Width / 4, image.Height / 4, image.Width * 3 / 4, image.Height * 3 / 4);
        var blue = 0;
        for (var y = centre.Top; y < centre.Bottom; y++)
        {
            for (var x = centre.Left; x < centre.Right; x++)
            {
                var p = image.GetPixel(x, y);
                blue += p.Blue > p.Red + 60 ? 1 : 0;
            }
        }

        Assert.True(blue > centre.Width * centre.Height / 10, $"{blue} surface pixels of {centre.Width * centre.Height}");
    }

    [Fact]
    public async Task RenderFigure_BrowserWithoutWebGl_FailsWebGlUnavailable_NeverAColorbarImage()
    {
        var options = ChromiumFixture.Options with { ExtraFlags = ["--disable-webgl"] };
        await using var renderer = new PlotlyRenderer(PlotlyRenderer.CreatePool(options), new FigureJsonSource());

        var render = await renderer.RenderFigureAsync(Scatter3d, ChromiumFixture.Fast, captureMarkup: false, CancellationToken.None);

        Assert.Null(render.Result.Png);
        Assert.StartsWith("webgl-unavailable: scatter3d", render.Result.Failure?.Message, StringComparison.Ordinal);
    }
}
