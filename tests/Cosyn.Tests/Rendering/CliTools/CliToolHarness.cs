using System.Diagnostics;
using Cosyn.Rendering;
using Cosyn.Rendering.CliTools;
using Cosyn.Rendering.Images;

namespace Cosyn.Tests.Rendering.CliTools;

/// <summary>Shared plumbing for the real-tool tests: options, rendering through post-processing, and OCR.</summary>
internal static class CliToolHarness
{
    private static readonly string[] OcrModes = ["11", "3"];

    public static string WorkRoot { get; } = Path.Combine(Path.GetTempPath(), "cosyn-render-tests", "cli");

    public static CliToolOptions Options(CliToolOptions defaults) => defaults with { WorkRoot = WorkRoot, Concurrency = 2 };

    /// <summary>Bounds small enough that hostile inputs end quickly.</summary>
    public static RenderOptions Fast { get; } = new() { Timeout = TimeSpan.FromSeconds(4), MemoryMiB = 1024 };

    /// <summary>Renders through the same post-processing the registry applies, so images also pass the CoSyn filters.</summary>
    public static Task<RenderResult> RenderAsync(IRenderer renderer, string code, RenderOptions? options = null) =>
        new PostProcessingRenderer(renderer, ImagePolicies.For(renderer.Tool))
            .RenderAsync(new RenderRequest(renderer.Tool, code, options ?? new RenderOptions { Timeout = TimeSpan.FromSeconds(30) }), CancellationToken.None);

    /// <summary>
    /// Text tesseract finds in <paramref name="png"/>, whitespace collapsed: the union of sparse mode (scattered
    /// labels) and automatic layout (text inside boxes, which sparse mode tends to miss in diagrams).
    /// </summary>
    public static string Ocr(byte[] png)
    {
        var file = Path.Combine(Path.GetTempPath(), $"cosyn-ocr-{Guid.NewGuid():N}.png");
        File.WriteAllBytes(file, png);
        try
        {
            var modes = OcrModes.AsParallel().Select(mode => Tesseract(file, mode));
            return string.Join(' ', string.Join(' ', modes).Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static string Tesseract(string file, string mode)
    {
        var info = new ProcessStartInfo("tesseract", [file, "-", "--psm", mode]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(info)!;
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return text;
    }

    /// <summary>Asserts success and that OCR finds every one of <paramref name="labels"/> (case-insensitive).</summary>
    public static void AssertRendersText(RenderResult result, params string[] labels)
    {
        Assert.True(result.Succeeded, $"{result.Failure?.Kind}: {result.Failure?.Message}\n{result.Failure?.LogExcerpt}");
        var text = Ocr(result.Png!);
        Assert.All(labels, label => Assert.Contains(label, text, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Asserts success and that OCR finds at least <paramref name="minimum"/> of <paramref name="labels"/> (for busy diagrams OCR only partly reads).</summary>
    public static void AssertRendersSomeText(RenderResult result, int minimum, params string[] labels)
    {
        Assert.True(result.Succeeded, $"{result.Failure?.Kind}: {result.Failure?.Message}\n{result.Failure?.LogExcerpt}");
        var text = Ocr(result.Png!);
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
