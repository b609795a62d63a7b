using Cosyn.Quality;
using Cosyn.Quality.Checks;
using Cosyn.Quality.Ocr;
using Cosyn.Rendering.Layout;
using SkiaSharp;

namespace Cosyn.Tests.Quality;

/// <summary>Hand-made samples, images and layout facts with one defect each.</summary>
internal static class QualityFixtures
{
    public static Sample Sample(string data = "label,value\nNorth,3\nSouth,5", string pipeline = "chart-matplotlib", params QaPair[] pairs) =>
        new("s-1", "images/s-1.png", pairs.Length > 0 ? pairs : [new QaPair("Which region is largest?", "South has 5, the most.", "South")],
            new SampleMetadata(pipeline, "matplotlib", "bar", "a persona", "a topic", 1), data, $"plot({data})");

    /// <summary>A white 400x300 image with dark bars filling most of it.</summary>
    public static byte[] Chart() => TestImages.Png(400, 300, SKColors.White, c => TestImages.Bars(c, new SKRect(20, 20, 380, 280)));

    public static byte[] Blank() => TestImages.Png(400, 300, SKColors.White);

    public static LayoutFacts Layout(params TextBox[] boxes) => new(LayoutSource.Dom, 400, 300, boxes, []);

    public static Task<CheckResult> Run(IQualityCheck check, Sample sample, byte[] png, LayoutFacts? layout, IOcrEngine? ocr = null) =>
        check.RunAsync(new CheckContext(sample, png, layout, ocr ?? new FakeOcr()), new QualityOptions());
}
