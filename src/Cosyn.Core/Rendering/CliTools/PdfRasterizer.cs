using System.Text.RegularExpressions;

namespace Cosyn.Rendering.CliTools;

/// <summary>Rasterises the first page of a PDF a job produced (LaTeX, Asymptote) with pdftoppm, in the job's sandbox, and reads its layout (<see cref="PdfLayout"/>).</summary>
public static partial class PdfRasterizer
{
    /// <summary>Programs this step needs.</summary>
    public static IReadOnlyList<string> Programs { get; } = ["pdfinfo", "pdftoppm", .. PdfLayout.Programs];

    /// <summary>What this step needs installed.</summary>
    public static ToolRequirements Requirements { get; } = new() { AptPackages = ["poppler-utils"], Binaries = Programs };

    // Below this a page is so large that fitting it into MaxRasterSide leaves text unreadable.
    private const int MinUsefulDpi = 24;

    /// <summary>Rasterises page 1 of <paramref name="pdf"/> at the job's DPI, lowered when the page would exceed the raster bound.</summary>
    public static async Task<ToolOutcome> FirstPageAsync(ToolJob job, string pdf, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        var info = await job.RunAsync(new ToolCommand("pdfinfo", [pdf]), cancellationToken).ConfigureAwait(false);
        if (job.Crash(info, info.StandardError) is { } crash)
        {
            return crash;
        }

        if (PageSize(info.StandardOutput) is not { } size)
        {
            return job.Fail(RenderFailureKind.NoOutput, "the PDF has no readable page", info.StandardError + info.StandardOutput);
        }

        var dpi = FitDpi(job.Dpi, size, job.MaxRasterSide);
        if (dpi < MinUsefulDpi)
        {
            var message = string.Create(CultureInfo.InvariantCulture, $"page too large: {size.Width / 72:0.#} x {size.Height / 72:0.#} in");
            return job.Fail(RenderFailureKind.ImageRejected, message, info.StandardOutput);
        }

        var dpiText = dpi.ToString(CultureInfo.InvariantCulture);
        // pdftoppm spends ~90 % of its time deflating a PNG: write raw pixels when they fit the output bound.
        var raw = job.RawRaster && RawBytes(size, dpi) <= job.Render.MaxOutputBytes;
        string[] format = raw ? [] : ["-png"];
        var raster = await job.RunAsync(new ToolCommand("pdftoppm", [.. format, "-r", dpiText, "-f", "1", "-l", "1", "-singlefile", pdf, "page"]), cancellationToken)
            .ConfigureAwait(false);
        if (job.Crash(raster, raster.StandardError) is { } failure)
        {
            return failure;
        }

        if (raster.ExitCode != 0)
        {
            return job.Fail(RenderFailureKind.NoOutput, "pdftoppm failed: " + FirstLine(raster.StandardError), raster.StandardError);
        }

        var outcome = raw ? ReadPpm(job, raster.StandardError) : job.ReadPng("page.png", raster.StandardError);
        return outcome.Png is { } png ? outcome with { Layout = await PdfLayout.ReadAsync(job, pdf, png, cancellationToken).ConfigureAwait(false) } : outcome;
    }

    private static ToolOutcome ReadPpm(ToolJob job, string log)
    {
        var path = Path.Combine(job.HostDir, "page.ppm");
        if (!File.Exists(path))
        {
            return job.Fail(RenderFailureKind.NoOutput, $"{job.Tool} produced no image", log);
        }

        return PpmImage.ToPng(File.ReadAllBytes(path)) is { } png
            ? ToolOutcome.Success(png)
            : job.Fail(RenderFailureKind.NoOutput, "pdftoppm wrote an unreadable image", log);
    }

    // Upper bound of the PPM's size: pdftoppm rounds each side up.
    private static long RawBytes((double Width, double Height) sizePoints, int dpi) =>
        (long)(Math.Ceiling(sizePoints.Width / 72 * dpi) + 2) * (long)(Math.Ceiling(sizePoints.Height / 72 * dpi) + 2) * 3 + 64;

    /// <summary>The DPI to use: <paramref name="dpi"/>, lowered so the longer page side fits <paramref name="maxSide"/> pixels.</summary>
    public static int FitDpi(int dpi, (double Width, double Height) sizePoints, int maxSide)
    {
        var longest = Math.Max(sizePoints.Width, sizePoints.Height) / 72;
        return longest <= 0 ? dpi : Math.Min(dpi, (int)Math.Floor(maxSide / longest));
    }

    /// <summary>Page size in points from pdfinfo's output, or null.</summary>
    public static (double Width, double Height)? PageSize(string pdfinfoOutput)
    {
        var match = PageSizeLine().Match(pdfinfoOutput ?? "");
        return match.Success
            ? (double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), double.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture))
            : null;
    }

    private static string FirstLine(string text) => text.Trim().Split('\n')[0].Trim();

    [GeneratedRegex(@"^Page size:\s+([\d.]+) x ([\d.]+) pts", RegexOptions.Multiline)]
    private static partial Regex PageSizeLine();
}
