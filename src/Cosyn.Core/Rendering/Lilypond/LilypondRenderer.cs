using System.Globalization;
using Cosyn.Rendering.CliTools;
using Cosyn.Rendering.Processes;

namespace Cosyn.Rendering.Lilypond;

/// <summary>
/// Renders a LilyPond score to a cropped PNG. LilyPond 2.24 has no safe mode any more (<c>-dsafe</c> was removed
/// in 2.23.12 as unfixable) and embedded Scheme can run shell commands, so the sandbox is the only barrier:
/// no network, read-only system, and only the job directory writable.
/// </summary>
public sealed class LilypondRenderer(CliToolOptions options, IProcessRunner runner, TimeProvider time)
    : SandboxedToolRenderer(options, runner, time)
{
    private const string Source = "score.ly";

    /// <summary>A renderer on real processes and the system clock.</summary>
    public LilypondRenderer(CliToolOptions options)
        : this(options, new ProcessRunner(), TimeProvider.System)
    {
    }

    /// <inheritdoc/>
    public override string Tool => ToolNames.Lilypond;

    /// <inheritdoc/>
    protected override IReadOnlyList<string> Programs { get; } = ["lilypond"];

    /// <inheritdoc/>
    protected override async Task<ToolOutcome> RenderJobAsync(ToolJob job, string code, CancellationToken cancellationToken)
    {
        await job.WriteFileAsync(Source, code, cancellationToken).ConfigureAwait(false);

        // -dcrop: one image trimmed to the music (all pages stacked), titles included; no full pages.
        // A5 is only the default paper (a score's own \paper wins): A4 lines make short pieces one very wide strip.
        var command = new ToolCommand("lilypond",
        [
            "--png", string.Create(CultureInfo.InvariantCulture, $"-dresolution={job.Dpi}"), "-dcrop", "-dno-print-pages",
            "-dpaper-size=\"a5\"", "-o", "score", Source,
        ]);
        var run = await job.RunAsync(command, cancellationToken).ConfigureAwait(false);
        if (job.Crash(run, run.StandardError) is { } crash)
        {
            return crash;
        }

        return LilypondFailureParser.Classify(Tool, run.ExitCode, run.StandardError) is { } failure
            ? failure
            : job.ReadPng("score.cropped.png", run.StandardError);
    }
}
