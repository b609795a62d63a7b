using Cosyn.Rendering.CliTools;
using Cosyn.Rendering.Processes;

namespace Cosyn.Rendering.Asymptote;

/// <summary>
/// Renders Asymptote with <c>asy -safe</c> to PDF, then rasterises it with pdftoppm. Vector PDF with
/// <c>-render=0</c> also covers 3-D scenes (there is no OpenGL display here: raster 3-D output silently fails),
/// and the resolution is then ours to choose, as for LaTeX.
/// </summary>
public sealed class AsymptoteRenderer(CliToolOptions options, IProcessRunner runner, TimeProvider time)
    : SandboxedToolRenderer(options, runner, time)
{
    private const string Source = "figure.asy";

    /// <summary>A renderer on real processes and the system clock.</summary>
    public AsymptoteRenderer(CliToolOptions options)
        : this(options, new ProcessRunner(), TimeProvider.System)
    {
    }

    /// <inheritdoc/>
    public override string Tool => AsymptoteTool.Name;

    /// <inheritdoc/>
    protected override IReadOnlyList<string> Programs => AsymptoteTool.Definition.Requirements.Binaries;

    /// <inheritdoc/>
    protected override async Task<ToolOutcome> RenderJobAsync(ToolJob job, string code, CancellationToken cancellationToken)
    {
        await job.WriteFileAsync(Source, code, cancellationToken).ConfigureAwait(false);

        // -safe: no system(), no writes outside the working directory; -noV: never open a viewer.
        var command = new ToolCommand("asy", ["-safe", "-noV", "-nointeractiveView", "-f", "pdf", "-render=0", "-o", "figure", Source]);
        var run = await job.RunAsync(command, cancellationToken).ConfigureAwait(false);
        var output = (run.StandardError + "\n" + run.StandardOutput).Trim();
        if (job.Crash(run, output) is { } crash)
        {
            return crash;
        }

        // asy ships out what it drew before an error, so a PDF alone does not mean success.
        if (run.ExitCode != 0)
        {
            return AsymptoteFailureParser.Classify(Tool, output, Source);
        }

        return job.Exists("figure.pdf")
            ? await PdfRasterizer.FirstPageAsync(job, "figure.pdf", cancellationToken).ConfigureAwait(false)
            : job.Fail(RenderFailureKind.NoOutput, "the figure is empty: nothing was drawn", output);
    }
}
