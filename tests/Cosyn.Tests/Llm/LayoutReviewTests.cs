using Cosyn.Catalog;
using Cosyn.Rendering.Layout;
using Cosyn.Synthesis;
using Cosyn.Synthesis.Llm.Layout;
using Cosyn.Tests.Testing;
using SkiaSharp;

namespace Cosyn.Tests.Llm;

public sealed class LayoutReviewTests
{
    private static readonly byte[] WhitePng = TestImages.Png(1200, 800, SKColors.White);

    private static readonly SampleDraft Draft = new(PromptGoldenTests.Ticket("chart-matplotlib", 1)) { Code = "code" };

    [Fact]
    public async Task Find_OverlappingLabels_ReportsTextsAndBoxes()
    {
        var layout = new LayoutFacts(LayoutSource.Matplotlib, 1200, 800, [new TextBox("21.8", 800, 130, 30, 20), new TextBox("22.4", 812, 140, 30, 20)], []);

        var found = await new LayoutReview().FindAsync(Draft, RenderResult.Success(WhitePng, TimeSpan.Zero) with { Layout = layout }, CancellationToken.None);

        var overlap = Assert.Single(found);
        Assert.Equal("text-overlap", overlap.Name);
        Assert.Equal("labels '21.8' and '22.4' overlap at (812,140) (boxes: '21.8' at x 800-830, y 130-150; '22.4' at x 812-842, y 140-160; in a 1200x800 px image)", overlap.Reason);
    }

    [Fact]
    public async Task Find_ClippedHeader_ReportsItsBox()
    {
        var layout = new LayoutFacts(LayoutSource.Matplotlib, 1200, 800, [new TextBox("Rated Capacity", 400, 100, 120, 20, Clipped: true)], []);

        var found = await new LayoutReview().FindAsync(Draft, RenderResult.Success(WhitePng, TimeSpan.Zero) with { Layout = layout }, CancellationToken.None);

        var clipped = Assert.Single(found);
        Assert.Contains("'Rated Capacity' at x 400-520, y 100-120, clipped by its container", clipped.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Find_NoMeasuredBoxes_FindsNothing()
    {
        var found = await new LayoutReview().FindAsync(Draft, RenderResult.Success(WhitePng, TimeSpan.Zero) with { Layout = LayoutFacts.Unavailable(100, 100) }, CancellationToken.None);

        Assert.Empty(found);
    }
}
