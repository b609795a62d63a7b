using Cosyn.Rendering.CliTools;
using Cosyn.Rendering.Processes;

namespace Cosyn.Rendering.Latex;

/// <summary>
/// Renders a complete LaTeX document: pdflatex (lualatex when the document needs it) with shell escape off and
/// paranoid file access, a second pass only for cross references, then page 1 rasterised by pdftoppm.
/// pdflatex loads the document's package preamble from a format precompiled once per preamble
/// (<see cref="LatexFormatCache"/>); the output is the same, only the compile is shorter.
/// </summary>
public sealed class LatexRenderer(CliToolOptions options, IProcessRunner runner, TimeProvider time, LatexFormatOptions? formats = null)
    : SandboxedToolRenderer(options, runner, time)
{
    private const string Source = "doc.tex";
    private const string IniSource = "fmt.tex";

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

    private readonly LatexFormatCache? _formats = formats is { Enabled: true } ? new LatexFormatCache(formats) : null;

    /// <summary>A renderer on real processes and the system clock.</summary>
    public LatexRenderer(CliToolOptions options, LatexFormatOptions? formats = null)
        : this(options, new ProcessRunner(), TimeProvider.System, formats)
    {
    }

    /// <inheritdoc/>
    public override string Tool => LatexTool.Name;

    /// <summary>How often documents were compiled against a format, and why the others were not.</summary>
    public LatexFormatStats FormatStats { get; } = new();

    /// <inheritdoc/>
    protected override IReadOnlyList<string> Programs => LatexTool.Definition.Requirements.Binaries;

    /// <inheritdoc/>
    protected override async Task<ToolOutcome> RenderJobAsync(ToolJob job, string code, CancellationToken cancellationToken)
    {
        var engine = LatexEngine.Choose(code);
        if (engine == LatexEngine.PdfLatex && await FormatAsync(job, code, cancellationToken).ConfigureAwait(false) is var (format, document))
        {
            await job.WriteFileAsync(Source, document, cancellationToken).ConfigureAwait(false);
            var formatted = await CompileAsync(job, engine, format, cancellationToken).ConfigureAwait(false);
            if (formatted is null && LatexEngine.NeedsSecondRun(code))
            {
                formatted = await CompileAsync(job, engine, format, cancellationToken).ConfigureAwait(false);
            }

            if (formatted is null)
            {
                FormatStats.Hit();
                return await PdfRasterizer.FirstPageAsync(job, "doc.pdf", cancellationToken).ConfigureAwait(false);
            }

            if (formatted.Kind is RenderFailureKind.Timeout or RenderFailureKind.ToolUnavailable)
            {
                return formatted;
            }

            // No log at all: pdflatex stopped before reading doc.tex, so the format itself would not load.
            var unloadable = !job.Exists("doc.log");
            if (unloadable)
            {
                _formats!.Drop(format.Key);
                FormatStats.Dropped(formatted.Message);
            }

            FormatStats.FellBack(unloadable ? LatexFormatFallback.BadFormat : LatexFormatFallback.CompileFailed, formatted.Message);

            // Any other failure is reported as the plain compile reports it, so reasons never depend on the cache.
            Clear(job);
        }

        await job.WriteFileAsync(Source, code, cancellationToken).ConfigureAwait(false);
        var failure = await CompileAsync(job, engine, null, cancellationToken).ConfigureAwait(false);
        if (failure is not null && engine == LatexEngine.PdfLatex && LatexEngine.LogAsksForUnicodeEngine(job.ReadText("doc.log")))
        {
            engine = LatexEngine.LuaLatex;
            failure = await CompileAsync(job, engine, null, cancellationToken).ConfigureAwait(false);
        }

        if (failure is null && LatexEngine.NeedsSecondRun(code))
        {
            failure = await CompileAsync(job, engine, null, cancellationToken).ConfigureAwait(false);
        }

        return failure ?? await PdfRasterizer.FirstPageAsync(job, "doc.pdf", cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The format for <paramref name="code"/>'s preamble and the document to compile with it, building and publishing the format on first use; null to compile from scratch.</summary>
    private async Task<(LatexFormat Format, string Document)?> FormatAsync(ToolJob job, string code, CancellationToken cancellationToken)
    {
        if (_formats is null)
        {
            return null;
        }

        if (LatexPreamble.Split(code) is not { } preamble)
        {
            FormatStats.FellBack(LatexFormatFallback.NoPreamble, null);
            return null;
        }

        var key = _formats.Key(LatexEngine.PdfLatex, preamble.Prefix);
        var format = _formats.Find(key, out var corrupt);
        if (corrupt)
        {
            FormatStats.Dropped("the format's bytes do not match the hash taken when it was published");
        }

        if (format is null && _formats.IsRefused(key))
        {
            FormatStats.FellBack(LatexFormatFallback.Refused, null);
            return null;
        }

        format ??= await BuildAsync(job, key, preamble, cancellationToken).ConfigureAwait(false);
        return format is null ? null : (format, preamble.Document(format.Fixup));
    }

    // -jobname=doc: a package that remembers \jobname while loading remembers the document's name.
    private async Task<LatexFormat?> BuildAsync(ToolJob job, string key, LatexPreamble preamble, CancellationToken cancellationToken)
    {
        await job.WriteFileAsync(IniSource, preamble.IniSource, cancellationToken).ConfigureAwait(false);
        var command = new ToolCommand(LatexEngine.PdfLatex, ["-ini", "-jobname=doc", "-interaction=nonstopmode", "-no-shell-escape", "&pdflatex", IniSource])
        {
            Environment = SafeEnvironment,
        };
        var run = await job.RunAsync(command, cancellationToken).ConfigureAwait(false);
        if (job.Crash(run, "") is not null)
        {
            // A timeout or a kill says nothing about the preamble: try again next time.
            FormatStats.FellBack(LatexFormatFallback.BuildInterrupted, null);
            Clear(job);
            return null;
        }

        var log = job.ReadText("doc.log");
        var fixup = PageListFixup.Parse(log);
        var clean = !log.Split('\n').Any(l => l.StartsWith("! ", StringComparison.Ordinal) && !l.StartsWith("! OK.", StringComparison.Ordinal));
        var format = clean && fixup is not null && job.Exists("doc.fmt")
            ? _formats!.Publish(key, Path.Combine(job.HostDir, "doc.fmt"), fixup)
            : null;
        if (format is null)
        {
            _formats!.Refuse(key);
            FormatStats.FellBack(LatexFormatFallback.Refused, LatexLogParser.FirstError(Tool, log)?.Message ?? "the page list before \\dump holds what the format cannot replay");
        }
        else
        {
            FormatStats.Built();
        }

        Clear(job);
        return format;
    }

    private async Task<RenderFailure?> CompileAsync(ToolJob job, string engine, LatexFormat? format, CancellationToken cancellationToken)
    {
        string[] arguments = format is null
            ? ["-interaction=nonstopmode", "-halt-on-error", "-no-shell-escape", Source]
            : ["-interaction=nonstopmode", "-halt-on-error", "-no-shell-escape", "-fmt=" + format.SandboxName, Source];
        var command = new ToolCommand(engine, arguments)
        {
            Environment = SafeEnvironment,
            ReadOnlyMounts = format is null ? [] : [_formats!.Mount],
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

    // Between attempts: no aux file, log or PDF of one attempt may leak into the next.
    private static void Clear(ToolJob job)
    {
        foreach (var file in Directory.EnumerateFiles(job.HostDir))
        {
            File.Delete(file);
        }
    }
}
