using Cosyn.Quality.Checks;
using Cosyn.Quality.Ocr;
using Cosyn.Rendering.Layout;
using static Cosyn.Tests.Quality.QualityFixtures;

namespace Cosyn.Tests.Quality.Checks;

/// <summary>
/// The checks on a rendered figure's text, from the renderer's layout facts or the pixels: overlaps, clipping, missing
/// glyphs, tiny text, coverage, legends and OCR recall, which reads the measured text unless the options ask for OCR
/// anyway (as <c>cosyn check</c> does).
/// </summary>
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
        var runOff = TestImages.Png(400, 300, SkiaSharp.SKColors.White, c => Text(c, "Sessions per client", 360, 26));
        var outside = await Run(new ClippedTextCheck(), Sample(), runOff, Layout(new TextBox("Sessions per client", 360, 10, 90, 16)));
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

    [Fact]
    public async Task Neighbouring_diagonal_tick_labels_pass_and_crossing_ones_fail()
    {
        // Labels rotated 30°, 14 px font: their bounding boxes overlap, their lines do not.
        var apart = Layout(new TextBox("Quality hold", 620, 630, 110, 70, FontSize: 14), new TextBox("Planned maintenance", 700, 630, 170, 100, FontSize: 14));
        Assert.True((await Run(new TextOverlapCheck(), Sample(), Chart(), apart)).Passed);
        var crossing = Layout(new TextBox("Quality hold", 620, 630, 110, 70, FontSize: 14), new TextBox("Quality hold 2", 630, 632, 110, 70, FontSize: 14));
        Assert.False((await Run(new TextOverlapCheck(), Sample(), Chart(), crossing)).Passed);
    }

    [Fact]
    public async Task A_subscript_after_its_base_is_not_an_overlap_but_a_label_across_another_is()
    {
        // V₁ in a PDF: the italic V's box reaches 4 px into its subscript's.
        var subscript = new LayoutFacts(LayoutSource.Pdf, 400, 300, [new TextBox("V", 31, 326, 30, 41), new TextBox("1", 57, 341, 16, 31)], []);
        Assert.True((await Run(new TextOverlapCheck(), Sample(), Chart(), subscript)).Passed);
        // A bubble's value label half inside its neighbour's name.
        var bubbles = Layout(new TextBox("27", 426, 493, 20, 21, FontSize: 18), new TextBox("Blue Harbor", 435, 502, 96, 21, FontSize: 18));
        Assert.False((await Run(new TextOverlapCheck(), Sample(), Chart(), bubbles)).Passed);
    }

    [Fact]
    public async Task Symbol_font_glyph_boxes_of_a_pdf_are_not_judged()
    {
        // LilyPond's time signature 2/4: two digits stacked, each reported with the music font's whole em box.
        var score = new LayoutFacts(LayoutSource.Pdf, 400, 300, [new TextBox("Waltz", 100, 0, 80, 16), new TextBox("Allegro", 30, 40, 40, 10), new TextBox("Em", 50, 52, 20, 10),
            new TextBox("D", 92, 52, 9, 10), new TextBox("Am", 136, 52, 20, 10), new TextBox("C", 174, 52, 9, 10),
            new TextBox("4", 32, 64, 8, 36), new TextBox("2", 33, 54, 8, 36), new TextBox("p", 46, 270, 8, 36)], []);
        Assert.True((await Run(new TextOverlapCheck(), Sample(), Chart(), score)).Passed);
        Assert.True((await Run(new ClippedTextCheck(), Sample(), Chart(), score)).Passed);
    }

    [Fact]
    public async Task A_box_past_the_image_edge_is_clipped_only_when_its_glyphs_are_cut_there()
    {
        var box = new TextBox("Rated Capacity", 300, 284, 90, 24);
        var blankEdge = TestImages.Png(400, 300, SkiaSharp.SKColors.White, c => TestImages.Bars(c, new SkiaSharp.SKRect(20, 20, 380, 280)));
        Assert.True((await Run(new ClippedTextCheck(), Sample(), blankEdge, Layout(box))).Passed);
        var cut = TestImages.Png(400, 300, SkiaSharp.SKColors.White, c => Text(c, "Rated Capacity", 300, 306));
        var result = await Run(new ClippedTextCheck(), Sample(), cut, Layout(box));
        Assert.False(result.Passed);
        Assert.Equal("'Rated Capacity' clipped", result.Reason);
    }

    [Fact]
    public async Task A_series_named_with_its_unit_counts_as_shown_by_its_bare_name()
    {
        var sample = Sample("Year,Salaries ($k),Facilities ($k)\n2018,800,339\n2019,933,760");
        var result = await Run(new LegendCheck(), sample, Chart(), Layout(new TextBox("Salaries", 0, 0, 60, 16), new TextBox("Facilities", 0, 20, 60, 16)));
        Assert.True(result.Passed, result.Reason);
    }

    [Fact]
    public async Task With_layout_facts_recall_reads_the_layout_and_no_check_runs_ocr()
    {
        var ocr = new FakeOcr();
        var checker = new Cosyn.Quality.QualityChecker(ocr, new QualityOptions());
        var quality = await checker.CheckAsync(Sample(), Chart(), Layout(new TextBox("North", 10, 10, 40, 16), new TextBox("South", 10, 40, 40, 16)), CancellationToken.None);
        Assert.True(quality.Passed, string.Join("; ", quality.Checks.Where(c => !c.Passed).Select(c => c.Reason)));
        Assert.Equal(0, ocr.Calls);
        var swapped = await checker.CheckAsync(Sample(), Chart(), Layout(new TextBox("East", 10, 10, 40, 16), new TextBox("West", 10, 40, 40, 16)), CancellationToken.None);
        Assert.Contains(OcrRecallCheck.CheckName, swapped.Failed);
    }

    [Fact]
    public async Task Data_strings_the_code_never_writes_or_only_comments_are_not_expected()
    {
        var sample = Sample("{\"title\": \"Arc length\", \"given\": [{\"label\": \"Radius of the circle\"}, {\"label\": \"Central Angle\"}]}") with { Code = "// Arc length\nlabel(\"$A$\"); // radius of the circle" };
        var result = await Run(new OcrRecallCheck(), sample, Chart(), Layout(new TextBox("A", 0, 0, 10, 16)));
        Assert.True(result.Passed, result.Reason);
        Assert.StartsWith("not judged", result.Reason);
    }

    private static void Text(SkiaSharp.SKCanvas canvas, string text, float x, float y)
    {
        using var font = new SkiaSharp.SKFont(SkiaSharp.SKTypeface.Default, 24);
        using var paint = new SkiaSharp.SKPaint { Color = SkiaSharp.SKColors.Black, IsAntialias = true };
        canvas.DrawText(text, x, y, SkiaSharp.SKTextAlign.Left, font, paint);
    }

    private static void Boxes(SkiaSharp.SKCanvas canvas, int count)
    {
        using var paint = new SkiaSharp.SKPaint { Color = SkiaSharp.SKColors.Black, Style = SkiaSharp.SKPaintStyle.Stroke, StrokeWidth = 2, IsAntialias = false };
        for (var i = 0; i < count; i++)
        {
            canvas.DrawRect(50 + (i * 24), 100, 16, 20, paint);
        }
    }

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
