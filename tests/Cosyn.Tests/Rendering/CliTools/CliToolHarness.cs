using System.Diagnostics;
using Cosyn.Rendering;
using Cosyn.Rendering.CliTools;
using Cosyn.Rendering.Images;

namespace Cosyn.Tests.Rendering.CliTools;

/// <summary>Shared plumbing for the real-tool tests: options, rendering through post-processing, and OCR.</summary>
internal static class CliToolHarness
{
    public static string WorkRoot { get; } = Path.Combine(Path.GetTempPath(), "cosyn-render-tests", "cli");

    public static CliToolOptions Options(CliToolOptions defaults) => defaults with { WorkRoot = WorkRoot, Concurrency = 2 };

    /// <summary>Bounds small enough that hostile inputs end quickly.</summary>
    public static RenderOptions Fast { get; } = new() { Timeout = TimeSpan.FromSeconds(4), MemoryMiB = 1024 };

    /// <summary>Renders through the same post-processing the registry applies, so images also pass the CoSyn filters.</summary>
    public static Task<RenderResult> RenderAsync(IRenderer renderer, string code, RenderOptions? options = null) =>
        new PostProcessingRenderer(renderer, ImagePolicies.For(renderer.Tool))
            .RenderAsync(new RenderRequest(renderer.Tool, code, options ?? new RenderOptions { Timeout = TimeSpan.FromSeconds(30) }), CancellationToken.None);

    /// <summary>Text tesseract finds in <paramref name="png"/> (sparse mode finds scattered labels), whitespace collapsed.</summary>
    public static string Ocr(byte[] png)
    {
        var file = Path.Combine(Path.GetTempPath(), $"cosyn-ocr-{Guid.NewGuid():N}.png");
        File.WriteAllBytes(file, png);
        try
        {
            var info = new ProcessStartInfo("tesseract", [file, "-", "--psm", "11"]) { RedirectStandardOutput = true, RedirectStandardError = true };
            using var process = Process.Start(info)!;
            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>Asserts success and that OCR finds every one of <paramref name="labels"/> (case-insensitive).</summary>
    public static void AssertRendersText(RenderResult result, params string[] labels)
    {
        Assert.True(result.Succeeded, $"{result.Failure?.Kind}: {result.Failure?.Message}\n{result.Failure?.LogExcerpt}");
        var text = Ocr(result.Png!);
        Assert.All(labels, label => Assert.Contains(label, text, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Asserts a failure of <paramref name="kind"/>, showing the failure when it is something else.</summary>
    public static void AssertFails(RenderResult result, RenderFailureKind kind)
    {
        Assert.False(result.Succeeded, "rendered although it should have failed");
        Assert.True(result.Failure!.Kind == kind, $"expected {kind}, got {result.Failure.Kind}: {result.Failure.Message}\n{result.Failure.LogExcerpt}");
    }
}
