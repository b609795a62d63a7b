using System.Diagnostics;
using Cosyn.Rendering.CliTools;
using Cosyn.Rendering.Images;
using Cosyn.Rendering.Layout;
using Cosyn.Tests.Rendering.Layout;
using SkiaSharp;

namespace Cosyn.Tests.Rendering.CliTools;

/// <summary>Shared plumbing for the real-tool tests: options, rendering through post-processing, and OCR.</summary>
internal static class CliToolHarness
{
    private static readonly char[] Whitespace = [' ', '\n', '\r', '\t'];

    public static string WorkRoot { get; } = Path.Combine(Path.GetTempPath(), "cosyn-render-tests", "cli");

    public static CliToolOptions Options(CliToolOptions defaults) => defaults with { WorkRoot = WorkRoot, Concurrency = 2 };

    private static readonly CliToolsSettings Settings = new CliToolsSettings() is var d
        ? d with
        {
            Latex = Options(d.Latex),
            Graphviz = Options(d.Graphviz),
            Svg = Options(d.Svg),
            Asymptote = Options(d.Asymptote),
            Lilypond = Options(d.Lilypond),
        }
        : d;

    /// <summary>The registered renderer of <paramref name="tool"/> with the test work directories; fails the test when the tool is not installed.</summary>
    public static IRenderer CreateRenderer(string tool)
    {
        RequiredTool.For(tool);
        return ToolRegistry.Find(tool)!.CreateRenderer(new RenderingSettings { CliTools = Settings });
    }

    /// <summary>Bounds small enough that hostile inputs end quickly.</summary>
    public static RenderOptions Fast { get; } = new() { Scale = 1, Timeout = TimeSpan.FromSeconds(4), MemoryMiB = 1024 };

    /// <summary>Renders through the same post-processing the registry applies, so images also pass the CoSyn filters.</summary>
    public static Task<RenderResult> RenderAsync(IRenderer renderer, string code, RenderOptions? options = null)
    {
        RequiredTool.For(renderer.Tool);
        return new PostProcessingRenderer(renderer, ImagePolicies.For(renderer.Tool))
            .RenderAsync(new RenderRequest(renderer.Tool, code, options ?? new RenderOptions { Scale = 1, Timeout = TimeSpan.FromSeconds(30) }), CancellationToken.None);
    }

    /// <summary>Renders <paramref name="code"/> to a final PNG (scale 1, 30 s) and asserts its words came from the PDF of the same run.</summary>
    public static async Task<(RenderResult Result, LayoutFacts Layout)> RenderPdfLayoutAsync(IRenderer renderer, string code)
    {
        var (result, layout) = await LayoutAssert.RenderFinalAsync(renderer, new RenderRequest(renderer.Tool, code, new RenderOptions { Scale = 1, Timeout = TimeSpan.FromSeconds(30) }));
        Assert.True(layout.Source == LayoutSource.Pdf, layout.Reason);
        return (result, layout);
    }

    /// <summary>
    /// Text tesseract finds in <paramref name="png"/>, whitespace collapsed. Tesseract skips text enclosed by
    /// outlines (diagram boxes, map regions), so this is the union of sparse mode, automatic layout, and sparse
    /// mode on a dark-ink-only copy where coloured strokes and fills are gone; passes stop early once
    /// <paramref name="enough"/> holds (most images need only the first).
    /// </summary>
    public static string Ocr(byte[] png, Func<string, bool>? enough = null)
    {
        RequiredTool.Check("tesseract");
        var file = Path.Combine(Path.GetTempPath(), $"cosyn-ocr-{Guid.NewGuid():N}.png");
        var ink = Path.ChangeExtension(file, ".ink.png");
        File.WriteAllBytes(file, png);
        try
        {
            var text = "";
            foreach (var (image, mode) in new[] { (file, "11"), (file, "3"), (ink, "11") })
            {
                if (image == ink)
                {
                    File.WriteAllBytes(ink, DarkInkOnly(png));
                }

                text = string.Join(' ', (text + " " + Tesseract(image, mode)).Split(Whitespace, StringSplitOptions.RemoveEmptyEntries));
                if (enough?.Invoke(text) == true)
                {
                    break;
                }
            }

            return text;
        }
        finally
        {
            File.Delete(file);
            File.Delete(ink);
        }
    }

    private static byte[] DarkInkOnly(byte[] png)
    {
        using var decoded = SKBitmap.Decode(png);
        using var bitmap = decoded.Copy(SKColorType.Rgba8888);
        var pixels = bitmap.GetPixelSpan();
        for (var i = 0; i + 3 < pixels.Length; i += 4)
        {
            var luminance = (0.299 * pixels[i]) + (0.587 * pixels[i + 1]) + (0.114 * pixels[i + 2]);
            var value = luminance < 0.4 * 255 ? (byte)0 : (byte)255;
            pixels[i] = pixels[i + 1] = pixels[i + 2] = value;
            pixels[i + 3] = 255;
        }

        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    private static string Tesseract(string file, string mode)
    {
        var info = new ProcessStartInfo("tesseract", [file, "-", "--psm", mode]) { RedirectStandardOutput = true, RedirectStandardError = true };

        // Tesseract's OpenMP threads only oversubscribe two shared cores when several runs go in parallel.
        info.Environment["OMP_THREAD_LIMIT"] = "1";
        using var process = Process.Start(info)!;
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return text;
    }

    /// <summary>Asserts success and that OCR finds every one of <paramref name="labels"/> (case-insensitive); returns the OCR text.</summary>
    public static string AssertRendersText(RenderResult result, params string[] labels)
    {
        Assert.True(result.Succeeded, $"{result.Failure?.Kind}: {result.Failure?.Message}\n{result.Failure?.LogExcerpt}");
        var text = Ocr(result.Png!, t => labels.All(label => t.Contains(label, StringComparison.OrdinalIgnoreCase)));
        var missing = labels.Where(label => !text.Contains(label, StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.True(missing.Count == 0, $"OCR did not find {string.Join(", ", missing)} in: {text}");
        return text;
    }

    /// <summary>Asserts success and that OCR finds at least <paramref name="minimum"/> of <paramref name="labels"/> (for busy diagrams OCR only partly reads).</summary>
    public static void AssertRendersSomeText(RenderResult result, int minimum, params string[] labels)
    {
        Assert.True(result.Succeeded, $"{result.Failure?.Kind}: {result.Failure?.Message}\n{result.Failure?.LogExcerpt}");
        var text = Ocr(result.Png!, t => labels.Count(label => t.Contains(label, StringComparison.OrdinalIgnoreCase)) >= minimum);
        var found = labels.Where(label => text.Contains(label, StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.True(found.Count >= minimum, $"OCR found {found.Count} of {labels.Length} labels ({string.Join(", ", found)}) in: {text}");
    }

    /// <summary>Asserts a failure of <paramref name="kind"/>, showing the failure when it is something else.</summary>
    public static void AssertFails(RenderResult result, RenderFailureKind kind)
    {
        Assert.False(result.Succeeded, "rendered although it should have failed");
        Assert.True(result.Failure!.Kind == kind, $"expected {kind}, got {result.Failure.Kind}: {result.Failure.Message}\n{result.Failure.LogExcerpt}");
    }
}
