using SkiaSharp;

namespace Cosyn.Tests.Rendering.Matplotlib;

/// <summary>The worker draws the canvas itself, yet the background is the one the code's savefig (or rcParams) asked for.</summary>
public sealed class MatplotlibBackgroundTests(MatplotlibFixture fixture) : IClassFixture<MatplotlibFixture>
{
    private const string Plot = """
        ax.bar(["a", "b", "c"], [3, 1, 2])
        ax.set_title("Background")
        """;

    [Theory]
    // savefig(facecolor=...) of the chosen figure.
    [InlineData("fig, ax = plt.subplots()\n" + Plot + "\nplt.savefig('chart.png', facecolor='#203040')", 0x20, 0x30, 0x40)]
    // rcParams' savefig.facecolor, with plt.show().
    [InlineData("plt.rcParams['savefig.facecolor'] = '#402010'\nfig, ax = plt.subplots()\n" + Plot + "\nplt.show()", 0x40, 0x20, 0x10)]
    // The figure's own facecolor when savefig says nothing ('auto').
    [InlineData("fig, ax = plt.subplots(facecolor='#d0e0f0')\n" + Plot + "\nplt.savefig('chart.png')", 0xd0, 0xe0, 0xf0)]
    // transparent=True: no background, flattened on white.
    [InlineData("fig, ax = plt.subplots(facecolor='#203040')\n" + Plot + "\nplt.savefig('chart.png', transparent=True)", 0xff, 0xff, 0xff)]
    public async Task Background_is_what_savefig_would_have_drawn(string body, int red, int green, int blue)
    {
        var code = "import matplotlib.pyplot as plt\n" + body + "\n";
        var result = await fixture.Renderer.RenderAsync(new RenderRequest(ToolNames.Matplotlib, code, MatplotlibFixture.Fast with { Timeout = TimeSpan.FromSeconds(30) }), CancellationToken.None);

        Assert.True(result.Png is not null, result.Failure?.Message);
        using var bitmap = SKBitmap.Decode(result.Png);
        var corner = bitmap.GetPixel(2, 2);
        Assert.True(
            Math.Abs(corner.Red - red) <= 2 && Math.Abs(corner.Green - green) <= 2 && Math.Abs(corner.Blue - blue) <= 2,
            $"corner {corner} expected #{red:x2}{green:x2}{blue:x2}");
    }
}
