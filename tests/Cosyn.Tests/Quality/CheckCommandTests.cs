using SkiaSharp;

namespace Cosyn.Tests.Quality;

/// <summary>'cosyn check' on a real offline run with hand-made defects: each is flagged by the check meant for it.</summary>
public sealed class CheckCommandTests
{
    [Fact]
    public async Task Check_flags_swapped_images_bad_answers_blank_images_tofu_and_clipped_headers()
    {
        RequiredTool.Check("tesseract");
        using var dir = new TempDirectory();
        var run = Path.Combine(dir.Path, "run");
        var (generated, _, generateError) = await InProcessCli.RunAsync("generate", "-p", "table-html,chart-html", "-n", "8", "-o", run);
        Assert.True(generated == 0, generateError);
        var samplesPath = Path.Combine(run, "samples.jsonl");
        var lines = File.ReadAllLines(samplesPath).Select(l => JsonSerializer.Deserialize<Sample>(l, CosynJson.Compact)!).ToList();
        var tables = lines.Where(s => s.Metadata.Pipeline == "table-html").ToList();
        var charts = lines.Where(s => s.Metadata.Pipeline == "chart-html").ToList();
        string Image(Sample s) => Path.Combine(run, s.Image);

        // Two samples' images swapped (a table's and a chart's).
        var swapA = File.ReadAllBytes(Image(tables[0]));
        File.WriteAllBytes(Image(tables[0]), File.ReadAllBytes(Image(charts[0])));
        File.WriteAllBytes(Image(charts[0]), swapA);
        // A blank image, a row of tofu, a header run off the right edge.
        File.WriteAllBytes(Image(tables[1]), TestImages.Png(800, 600, SKColors.White));
        File.WriteAllBytes(Image(tables[2]), TestImages.Png(800, 600, SKColors.White, c => Tofu(c)));
        File.WriteAllBytes(Image(tables[3]), TestImages.Png(600, 400, SKColors.White, c => ClippedHeader(c)));
        // Hand-edited answers: a multiple-choice answer outside its options, a yes/no answered "maybe".
        var edited = charts[1] with { QaPairs = [.. charts[1].QaPairs.Select(Spoil)] };
        File.WriteAllLines(samplesPath, lines.Select(s => JsonSerializer.Serialize(s.Id == edited.Id ? edited : s, CosynJson.Compact)));

        var (code, stdout, stderr) = await InProcessCli.RunAsync("check", "--in", run, "--no-render");
        Assert.True(code == 0, stderr);
        Assert.Contains("samples passed every check", stdout);
        var quality = File.ReadAllLines(Path.Combine(run, "quality.jsonl")).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToDictionary(e => e.GetProperty("id").GetString()!);
        Assert.Equal(lines.Count, quality.Count);
        void Flagged(Sample sample, string check)
        {
            var checks = quality[sample.Id].GetProperty("checks").EnumerateArray().ToList();
            Assert.False(quality[sample.Id].GetProperty("passed").GetBoolean());
            Assert.Contains(checks, c => c.GetProperty("name").GetString() == check && !c.GetProperty("passed").GetBoolean());
        }

        Flagged(tables[0], "ocr-recall");
        Flagged(charts[0], "ocr-recall");
        Flagged(tables[1], "content-coverage");
        Flagged(tables[2], "missing-glyphs");
        Flagged(tables[3], "clipped-text");
        Flagged(charts[1], "qa-choice-in-options");
        Flagged(charts[1], "qa-yes-no");
    }

    [Fact]
    public async Task A_folder_that_is_not_a_run_is_one_line_and_exit_1()
    {
        using var dir = new TempDirectory();
        var (code, _, stderr) = await InProcessCli.RunAsync("check", "--in", dir.Path);
        Assert.Equal(1, code);
        Assert.Single(stderr.Trim().Split('\n'));
    }

    private static QaPair Spoil(QaPair pair) => Cosyn.Quality.Checks.QaTypes.Of(pair) switch
    {
        "multiple-choice" => pair with { Answer = "Z" },
        "yes-no" => pair with { Answer = "maybe" },
        _ => pair,
    };

    private static void Tofu(SKCanvas canvas)
    {
        using var paint = new SKPaint { Color = SKColors.Black, Style = SKPaintStyle.Stroke, StrokeWidth = 2, IsAntialias = false };
        for (var i = 0; i < 6; i++)
        {
            canvas.DrawRect(100 + (i * 30), 200, 22, 28, paint);
        }
    }

    private static void ClippedHeader(SKCanvas canvas)
    {
        using var font = new SKFont(SKTypeface.Default, 40);
        using var paint = new SKPaint { Color = SKColors.Black, IsAntialias = true };
        canvas.DrawText("Region", 20, 60, SKTextAlign.Left, font, paint);
        canvas.DrawText("Rated Capacity", 380, 60, SKTextAlign.Left, font, paint);
        canvas.DrawText("North 120", 20, 200, SKTextAlign.Left, font, paint);
        canvas.DrawText("South 340", 20, 300, SKTextAlign.Left, font, paint);
    }
}
