using Cosyn.Rendering.CliTools;
using Cosyn.Rendering.Layout;
using Cosyn.Rendering.Processes;
using Cosyn.Rendering.Targets;

namespace Cosyn.Rendering.Svg;

/// <summary>
/// Renders SVG with rsvg-convert in the sandbox (safer than parsing untrusted SVG in-process). librsvg loads no
/// network resources and only files beside the input, i.e. nothing: the job directory holds just the SVG.
/// </summary>
public sealed class SvgRenderer(CliToolOptions options, IProcessRunner runner, TimeProvider time)
    : SandboxedToolRenderer(options, runner, time)
{
    // SVG user units are CSS pixels, 96 per inch: the tool's DPI over 96 is the zoom.
    private const double CssDpi = 96;

    /// <summary>A renderer on real processes and the system clock.</summary>
    public SvgRenderer(CliToolOptions options)
        : this(options, new ProcessRunner(), TimeProvider.System)
    {
    }

    /// <inheritdoc/>
    public override string Tool => SvgTool.Name;

    /// <inheritdoc/>
    protected override IReadOnlyList<string> Programs => SvgTool.Definition.Requirements.Binaries;

    /// <inheritdoc/>
    protected override async Task<ToolOutcome> RenderJobAsync(ToolJob job, string code, CancellationToken cancellationToken)
    {
        await job.WriteFileAsync("image.svg", code, cancellationToken).ConfigureAwait(false);
        var zoom = job.Dpi / CssDpi;

        // An SVG without its own width would come out at librsvg's fallback size; give it the request's width
        // (height follows the viewBox aspect).
        string[] size = SvgSize.HasIntrinsicWidth(code)
            ? ["--zoom", zoom.ToString("0.###", CultureInfo.InvariantCulture)]
            : ["--width", ((int)Math.Round(job.Render.Width * zoom)).ToString(CultureInfo.InvariantCulture), "--keep-aspect-ratio"];
        var command = new ToolCommand("rsvg-convert", [.. size, "--background-color", "white", "--format", "png", "--output", "image.png", "image.svg"]);
        var run = await job.RunAsync(command, cancellationToken).ConfigureAwait(false);
        if (job.Crash(run, run.StandardError) is { } crash)
        {
            return crash;
        }

        if (run.ExitCode != 0)
        {
            return SvgFailureParser.Classify(Tool, run.ExitCode, run.StandardError);
        }

        var outcome = job.ReadPng("image.png", run.StandardError);
        return outcome.Png is { } png ? outcome with { Layout = await LayoutAsync(job, size, png, cancellationToken).ConfigureAwait(false) } : outcome;
    }

    // librsvg draws no text boxes of its own: the same SVG at the same size as PDF gives them (PdfLayout).
    private static async Task<LayoutFacts> LayoutAsync(ToolJob job, string[] size, byte[] png, CancellationToken cancellationToken)
    {
        var (width, height) = PngSize.Read(png);
        if (!job.Render.MeasureLayout)
        {
            return LayoutFacts.Unavailable(width, height, PdfLayout.NotMeasured);
        }

        var pdf = await job.RunAsync(new ToolCommand("rsvg-convert", [.. size, "--format", "pdf", "--output", "image.pdf", "image.svg"]), cancellationToken).ConfigureAwait(false);
        if (pdf.ExitCode == 0)
        {
            return await PdfLayout.ReadAsync(job, "image.pdf", png, cancellationToken).ConfigureAwait(false);
        }

        return LayoutFacts.Unavailable(width, height, "rsvg-convert could not write the PDF for text boxes");
    }
}
