using Cosyn.Rendering.CliTools;
using Cosyn.Rendering.Processes;

namespace Cosyn.Rendering.Graphviz;

/// <summary>Renders DOT source with <c>dot -Tpng</c> (and <c>-Tpdf</c> for its text boxes), source on stdin, in Graphviz's server-safe mode.</summary>
public sealed class GraphvizRenderer(CliToolOptions options, IProcessRunner runner, TimeProvider time)
    : SandboxedToolRenderer(options, runner, time)
{
    // Graphviz's own safe mode: with SERVER_NAME set, image=/shapefile= may only name files under GV_FILE_PATH,
    // i.e. the job's empty work directory. (The sandbox already hides homes; this also keeps /usr/share out.)
    private static readonly Dictionary<string, string> SafeEnvironment = new(StringComparer.Ordinal)
    {
        ["SERVER_NAME"] = "cosyn",
        ["GV_FILE_PATH"] = ToolJob.WorkDir + "/",
    };

    /// <summary>A renderer on real processes and the system clock.</summary>
    public GraphvizRenderer(CliToolOptions options)
        : this(options, new ProcessRunner(), TimeProvider.System)
    {
    }

    /// <inheritdoc/>
    public override string Tool => GraphvizTool.Name;

    /// <inheritdoc/>
    protected override IReadOnlyList<string> Programs => GraphvizTool.Definition.Requirements.Binaries;

    /// <inheritdoc/>
    protected override async Task<ToolOutcome> RenderJobAsync(ToolJob job, string code, CancellationToken cancellationToken)
    {
        // -Gdpi is a default: a graph that sets its own dpi keeps it (dot scales down bitmaps too large for cairo).
        var dpi = string.Create(CultureInfo.InvariantCulture, $"-Gdpi={job.Dpi}");
        // The PDF of the same layout is written by the same run, for its text boxes (PdfLayout). Its default margin
        // is half an inch, the PNG's none: -Gmargin=0 makes both the same canvas (the PNG is byte-identical).
        string[] pdf = job.Render.MeasureLayout ? ["-Tpdf", "-o", "graph.pdf"] : [];
        var command = new ToolCommand("dot", ["-Gmargin=0", "-Tpng", dpi, "-o", "graph.png", .. pdf])
        {
            StandardInput = code,
            Environment = SafeEnvironment,
        };
        var run = await job.RunAsync(command, cancellationToken).ConfigureAwait(false);
        if (job.Crash(run, run.StandardError) is { } crash)
        {
            return crash;
        }

        if (GraphvizFailureParser.Classify(Tool, run.ExitCode, run.StandardError) is { } failure)
        {
            return failure;
        }

        var outcome = job.ReadPng("graph.png", run.StandardError);
        return outcome.Png is { } png ? outcome with { Layout = await PdfLayout.ReadAsync(job, "graph.pdf", png, cancellationToken).ConfigureAwait(false) } : outcome;
    }
}
