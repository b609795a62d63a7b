using Cosyn.Rendering.Images;
using SkiaSharp;

namespace Cosyn.Tests.Rendering.Matplotlib;

public sealed class MatplotlibRendererTests(MatplotlibFixture fixture) : IClassFixture<MatplotlibFixture>
{
    [Fact]
    public async Task Render_BarChart_ReturnsDecodablePngWithContent()
    {
        var result = await fixture.RenderAsync(Charts.BarWithShow);

        Assert.True(result.Succeeded, result.Failure?.Message);
        using var bitmap = SKBitmap.Decode(result.Png);
        Assert.InRange(bitmap.Width, 400, 800);
        Assert.InRange(bitmap.Height, 250, 600);
        var colours = new HashSet<SKColor>();
        for (var x = 0; x < bitmap.Width; x += 7)
        {
            colours.Add(bitmap.GetPixel(x, bitmap.Height / 2));
        }

        Assert.True(colours.Count > 3, "the chart should not be blank");
    }

    [Fact]
    public async Task Render_BarChart_PassesPostProcessing()
    {
        var result = await fixture.RenderAsync(Charts.BarWithShow);

        var outcome = ImagePostProcessor.Process(result.Png!, ImagePolicies.For(ToolNames.Matplotlib));

        Assert.True(outcome.Accepted, outcome.Detail);
        Assert.True(outcome.Width >= 128 && outcome.Height >= 128);
    }

    [Theory]
    [InlineData(nameof(Charts.FigVariableOnly))]
    [InlineData(nameof(Charts.SavefigIntoMissingDir))]
    [InlineData(nameof(Charts.NoShowAtAll))]
    public async Task Render_CaptureConvention_CapturesFigure(string chart)
    {
        var code = (string)typeof(Charts).GetField(chart)!.GetValue(null)!;

        var result = await fixture.RenderAsync(code);

        Assert.True(result.Succeeded, result.Failure?.Message);
        using var bitmap = SKBitmap.Decode(result.Png);
        Assert.True(bitmap.Width > 200);
    }

    [Fact]
    public async Task Render_SavefigAtHighDpi_UsesRendererDpiNotUsers()
    {
        var result = await fixture.RenderAsync(Charts.SavefigIntoMissingDir);

        using var bitmap = SKBitmap.Decode(result.Png);
        Assert.InRange(bitmap.Width, 300, 700);
    }

    [Fact]
    public async Task Render_Scale2_DoublesResolution()
    {
        var one = await fixture.RenderAsync(Charts.Tiny);
        var two = await fixture.RenderAsync(Charts.Tiny, MatplotlibFixture.Fast with { Scale = 2 });

        using var a = SKBitmap.Decode(one.Png);
        using var b = SKBitmap.Decode(two.Png);
        // The drawing doubles; the margin the crop keeps around it is a fixed number of pixels on each side.
        var margin = 2 * ImagePolicies.For(ToolNames.Matplotlib).TrimMargin;
        Assert.InRange(b.Width - margin, (2 * (a.Width - margin)) - 8, (2 * (a.Width - margin)) + 8);
    }

    [Fact]
    public async Task Render_SameCode_GivesIdenticalBytes()
    {
        var first = await fixture.RenderAsync(Charts.SavefigIntoMissingDir);
        var second = await fixture.RenderAsync(Charts.SavefigIntoMissingDir);

        Assert.True(first.Succeeded, first.Failure?.Message);
        Assert.Equal(first.Png, second.Png);
    }
}
