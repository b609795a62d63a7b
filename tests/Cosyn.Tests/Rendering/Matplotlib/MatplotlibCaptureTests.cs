using System.Text.RegularExpressions;
using Cosyn.Rendering.Layout;
using Cosyn.Tests.Rendering.Layout;

namespace Cosyn.Tests.Rendering.Matplotlib;

/// <summary>What the saved image keeps: mplot3d axis labels, artists outside the axes, and which of several figures (issue 14.3).</summary>
public sealed class MatplotlibCaptureTests(MatplotlibFixture fixture) : IClassFixture<MatplotlibFixture>
{
    // Horizontal axis labels (rotate_label off, padded clear of the tick labels) so OCR can read them; a tight
    // bounding box cut the z label off at the right, and the padding pushes the labels past the canvas edge too.
    private const string Scatter3d = """
        import matplotlib.pyplot as plt
        fig = plt.figure(figsize=(6, 5))
        ax = fig.add_subplot(projection='3d')
        ax.scatter([1, 2, 3, 4], [4, 1, 5, 2], [7, 9, 8, 6], s=40)
        for axis in (ax.xaxis, ax.yaxis, ax.zaxis):
            axis.set_rotate_label(False)
        ax.set_xlabel('Longitude', rotation=0, labelpad=22)
        ax.set_ylabel('Latitude', rotation=0, labelpad=22)
        ax.set_zlabel('Altitude', rotation=0, labelpad=22)
        ax.set_title('Balloon readings')
        plt.show()
        """;

    private const string LegendOutside = """
        import matplotlib.pyplot as plt
        fig, ax = plt.subplots(figsize=(6, 4))
        ax.plot([1, 2, 3], [2, 4, 3], label='Harbour temperature')
        ax.plot([1, 2, 3], [3, 1, 2], label='Inland temperature')
        ax.legend(loc='upper left', bbox_to_anchor=(1.02, 1.0))
        fig.suptitle('Coastal survey')
        fig.text(0.98, 0.01, 'Source: field notebook', ha='left')
        plt.show()
        """;

    // The first figure has more text than the second, which is the current one when plt.show() runs.
    private const string TwoFigures = """
        import matplotlib.pyplot as plt
        first, ax = plt.subplots(figsize=(6, 4))
        ax.bar(['Oslo', 'Bergen'], [5, 3], label='Rainfall')
        ax.set_title('Rainy days')
        ax.set_xlabel('City')
        ax.set_ylabel('Days')
        ax.legend()
        second, bx = plt.subplots(figsize=(6, 4))
        bx.plot([1, 2, 3], [1, 4, 9])
        bx.set_title('Scratch plot')
        plt.show()
        """;

    private const string TwoFiguresEqualText = """
        import matplotlib.pyplot as plt
        for title in ('Morning tide', 'Evening tide'):
            fig, ax = plt.subplots(figsize=(6, 4))
            ax.plot([1, 2, 3], [3, 1, 2])
            ax.set_title(title)
        plt.show()
        """;

    private static RenderRequest Request(string code) =>
        new(ToolNames.Matplotlib, code, MatplotlibFixture.Fast with { Scale = 1.5, Timeout = TimeSpan.FromSeconds(30) });

    [Fact]
    public async Task Render_3dScatter_KeepsAllThreeAxisLabels()
    {
        var (result, layout) = await LayoutAssert.RenderFinalAsync(fixture.Renderer, Request(Scatter3d));

        var text = await ReadAsync(result.Png!);
        foreach (var label in new[] { "Longitude", "Latitude", "Altitude" })
        {
            var box = LayoutAssert.Single(layout, label);
            Assert.False(box.Clipped, $"{label} is clipped: {box}");
            LayoutAssert.HasInk(result.Png!, box);
            Assert.Contains(label, text, StringComparison.Ordinal);
        }

        Assert.Equal(1, result.FiguresFound);
    }

    [Fact]
    public async Task Render_LegendAndFigureTextOutsideTheAxes_AreKept()
    {
        var (result, layout) = await LayoutAssert.RenderFinalAsync(fixture.Renderer, Request(LegendOutside));

        var text = await ReadAsync(result.Png!);
        foreach (var words in new[] { "Harbour temperature", "Inland temperature", "Coastal survey", "field notebook" })
        {
            LayoutAssert.HasInk(result.Png!, LayoutAssert.Single(layout, words));
            Assert.Contains(words, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Render_TwoFigures_KeepsTheOneWithMostTextAndCountsBoth()
    {
        var (result, layout) = await LayoutAssert.RenderFinalAsync(fixture.Renderer, Request(TwoFigures));

        Assert.Equal(2, result.FiguresFound);
        LayoutAssert.HasInk(result.Png!, LayoutAssert.Single(layout, "Rainy days"));
        Assert.DoesNotContain(layout.Texts, t => t.Text.Contains("Scratch", StringComparison.Ordinal));
        Assert.Contains("Rainy days", await ReadAsync(result.Png!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_TwoFiguresWithEqualText_KeepsTheFirstCreated()
    {
        var (result, layout) = await LayoutAssert.RenderFinalAsync(fixture.Renderer, Request(TwoFiguresEqualText));

        Assert.Equal(2, result.FiguresFound);
        LayoutAssert.Single(layout, "Morning tide");
        Assert.DoesNotContain(layout.Texts, t => t.Text.Contains("Evening", StringComparison.Ordinal));
    }

    private static async Task<string> ReadAsync(byte[] png) => Regex.Replace(await Ocr.ReadAsync(png), @"\s+", " ");
}
