using Cosyn.Rendering.CliTools;
using Cosyn.Rendering.Processes;

namespace Cosyn.Rendering.Latex;

/// <summary>
/// Renders a complete LaTeX document: pdflatex (lualatex when the document needs it) with shell escape off and
/// paranoid file access, a second pass only for cross references, then page 1 rasterised by pdftoppm.
/// </summary>
public sealed class LatexRenderer(CliToolOptions options, IProcessRunner runner, TimeProvider time)
    : SandboxedToolRenderer(options, runner, time)
{
    private const string Source = "doc.tex";

    // TeX's own safe mode: no \write18, \openout/\openin only below the working directory (no absolute paths,
    // no "..", no dotfiles). Long log lines so errors and their context are not wrapped at 79 columns.
    private static readonly Dictionary<string, string> SafeEnvironment = new(StringComparer.Ordinal)
    {
        ["shell_escape"] = "f",
        ["openout_any"] = "p",
        ["openin_any"] = "p",
        ["max_print_line"] = "10000",
        ["error_line"] = "254",
        ["half_error_line"] = "238",
    };

    /// <summary>A renderer on real processes and the system clock.</summary>
    public LatexRenderer(CliToolOptions options)
        : this(options, new ProcessRunner(), TimeProvider.System)
    {
    }

    /// <inheritdoc/>
    public override string Tool => LatexTool.Name;

    /// <inheritdoc/>
    protected override IReadOnlyList<string> Programs => LatexTool.Definition.Requirements.Binaries;

    /// <inheritdoc/>
    protected override async Task<ToolOutcome> RenderJobAsync(ToolJob job, string code, CancellationToken cancellationToken)
    {
        await job.WriteFileAsync(Source, code, cancellationToken).ConfigureAwait(false);
        var engine = LatexEngine.Choose(code);
        var failure = await CompileAsync(job, engine, cancellationToken).ConfigureAwait(false);
        if (failure is not null && engine == LatexEngine.PdfLatex && LatexEngine.LogAsksForUnicodeEngine(job.ReadText("doc.log")))
        {
            engine = LatexEngine.LuaLatex;
            failure = await CompileAsync(job, engine, cancellationToken).ConfigureAwait(false);
        }

        if (failure is null && LatexEngine.NeedsSecondRun(code))
        {
            failure = await CompileAsync(job, engine, cancellationToken).ConfigureAwait(false);
        }

        return failure ?? await PdfRasterizer.FirstPageAsync(job, "doc.pdf", cancellationToken).ConfigureAwait(false);
    }

    private async Task<RenderFailure?> CompileAsync(ToolJob job, string engine, CancellationToken cancellationToken)
    {
        var command = new ToolCommand(engine, ["-interaction=nonstopmode", "-halt-on-error", "-no-shell-escape", Source])
        {
            Environment = SafeEnvironment,
        };
        var run = await job.RunAsync(command, cancellationToken).ConfigureAwait(false);
        var log = job.ReadText("doc.log");
        if (job.Crash(run, log.Length > 0 ? log : run.StandardOutput) is { } crash)
        {
            return crash;
        }

        if (LatexLogParser.FirstError(Tool, log) is { } error)
        {
            return error;
        }

        return run.ExitCode == 0 && job.Exists("doc.pdf") ? null : LatexLogParser.NoOutput(Tool, log.Length > 0 ? log : run.StandardOutput);
    }
}
