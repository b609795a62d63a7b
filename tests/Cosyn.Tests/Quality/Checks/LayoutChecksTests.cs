using Cosyn.Quality.Checks;
using Cosyn.Quality.Ocr;
using Cosyn.Rendering.Layout;
using static Cosyn.Tests.Quality.QualityFixtures;

namespace Cosyn.Tests.Quality.Checks;

public sealed class LayoutChecksTests
{
    [Fact]
    public async Task Overlapping_labels_are_named_with_their_position()
    {
        var result = await Run(new TextOverlapCheck(), Sample(), Chart(), Layout(new TextBox("21.8", 800, 140, 40, 16), new TextBox("22.4", 812, 140, 40, 16), new TextBox("Title", 10, 10, 100, 20)));
        Assert.False(result.Passed);
        Assert.Equal("labels '21.8' and '22.4' overlap at (812,140)", result.Reason);
    }

    [Fact]
    public async Task Boxes_touching_within_the_tolerance_pass()
    {
        var result = await Run(new TextOverlapCheck(), Sample(), Chart(), Layout(new TextBox("a1", 0, 0, 40, 16), new TextBox("b2", 38, 0, 40, 16)));
        Assert.True(result.Passed, result.Reason);
    }

    [Fact]
    public async Task A_clipped_header_fails_by_flag_and_by_leaving_the_image()
    {
        var flagged = await Run(new ClippedTextCheck(), Sample(), Chart(), Layout(new TextBox("Rated Capacity", 10, 10, 60, 16, Clipped: true)));
        Assert.False(flagged.Passed);
        Assert.Equal("'Rated Capacity' clipped", flagged.Reason);
        var outside = await Run(new ClippedTextCheck(), Sample(), Chart(), Layout(new TextBox("Sessions per client", 360, 10, 90, 16)));
        Assert.False(outside.Passed);
    }

    [Fact]
    public async Task Without_layout_an_ocr_word_at_the_side_edge_is_clipped()
    {
        var ocr = new FakeOcr(new OcrWord("Rated", 10, 10, 50, 14, 90), new OcrWord("Capa", 360, 10, 40, 14, 90));
        var result = await Run(new ClippedTextCheck(), Sample(), Chart(), null, ocr);
        Assert.False(result.Passed);
        Assert.StartsWith("'Capa' clipped", result.Reason);
    }

    [Fact]
    public async Task Missing_glyphs_reported_by_the_renderer_fail()
    {
        var layout = Layout() with { MissingGlyphs = ["東", "京"] };
        var result = await Run(new MissingGlyphCheck(), Sample(), Chart(), layout);
        Assert.False(result.Passed);
        Assert.Contains("'東'", result.Reason);
    }

    [Fact]
    public async Task A_row_of_tofu_boxes_in_the_pixels_fails_and_a_lone_checkbox_does_not()
    {
        var tofu = TestImages.Png(400, 300, SkiaSharp.SKColors.White, c => Boxes(c, 3));
        Assert.False((await Run(new MissingGlyphCheck(), Sample(), tofu, null)).Passed);
        var checkbox = TestImages.Png(400, 300, SkiaSharp.SKColors.White, c => Boxes(c, 1));
        Assert.True((await Run(new MissingGlyphCheck(), Sample(), checkbox, null)).Passed);
    }

    [Fact]
    public async Task Text_under_nine_pixels_cap_height_fails()
    {
        var small = await Run(new SmallTextCheck(), Sample(), Chart(), Layout(new TextBox("tiny", 0, 0, 30, 10), new TextBox("tiny2", 0, 20, 30, 10)));
        Assert.False(small.Passed);
        Assert.Contains("under 9 px cap height", small.Reason);
        var fine = await Run(new SmallTextCheck(), Sample(), Chart(), Layout(new TextBox("normal", 0, 0, 60, 20)));
        Assert.True(fine.Passed, fine.Reason);
    }

    [Fact]
    public async Task A_blank_image_and_an_image_with_a_corner_of_content_fail_coverage()
    {
        Assert.Equal("the image is blank", (await Run(new ContentCoverageCheck(), Sample(), Blank(), null)).Reason);
        var corner = TestImages.Png(400, 300, SkiaSharp.SKColors.White, c => TestImages.Bars(c, new SkiaSharp.SKRect(10, 10, 120, 90)));
        Assert.False((await Run(new ContentCoverageCheck(), Sample(), corner, null)).Passed);
        Assert.True((await Run(new ContentCoverageCheck(), Sample(), Chart(), null)).Passed);
    }

    [Fact]
    public async Task Several_series_without_their_names_visible_fail_the_legend_check()
    {
        var sample = Sample("month,Online,In-store\nJan,3,4\nFeb,5,6");
        var none = await Run(new LegendCheck(), sample, Chart(), Layout(new TextBox("Jan", 0, 0, 30, 16)));
        Assert.False(none.Passed);
        Assert.StartsWith("2 series but no legend", none.Reason);
        var shown = await Run(new LegendCheck(), sample, Chart(), Layout(new TextBox("Online", 0, 0, 30, 16), new TextBox("In-store", 0, 20, 30, 16)));
        Assert.True(shown.Passed, shown.Reason);
    }

    [Fact]
    public async Task Ocr_recall_finds_the_data_labels_and_runs_ocr_once_per_sample()
    {
        var ocr = new FakeOcr(new OcrWord("North", 0, 0, 30, 14, 90), new OcrWord("South", 0, 20, 30, 14, 90));
        var checker = new Cosyn.Quality.QualityChecker(ocr, new QualityOptions());
        var quality = await checker.CheckAsync(Sample(), Chart(), null, CancellationToken.None);
        Assert.True(quality.Checks.Single(c => c.Name == OcrRecallCheck.CheckName).Passed);
        Assert.Equal(1, ocr.Calls);
        var missing = await Run(new OcrRecallCheck(), Sample(), Chart(), null, new FakeOcr(new OcrWord("East", 0, 0, 30, 14, 90)));
        Assert.False(missing.Passed);
        Assert.Contains("missing 'North', 'South'", missing.Reason);
    }

    private static void Boxes(SkiaSharp.SKCanvas canvas, int count)
    {
        using var paint = new SkiaSharp.SKPaint { Color = SkiaSharp.SKColors.Black, Style = SkiaSharp.SKPaintStyle.Stroke, StrokeWidth = 2, IsAntialias = false };
        for (var i = 0; i < count; i++)
        {
            canvas.DrawRect(50 + (i * 24), 100, 16, 20, paint);
        }
    }
}
