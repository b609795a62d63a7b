using Cosyn.Rendering.CliTools;
using Cosyn.Rendering.Processes;

namespace Cosyn.Rendering.Lilypond;

/// <summary>
/// Renders a LilyPond score to a cropped PNG. LilyPond 2.24 has no safe mode any more (<c>-dsafe</c> was removed
/// in 2.23.12 as unfixable) and embedded Scheme can run shell commands, so the sandbox is the only barrier:
/// no network, read-only system, and only the job directory writable.
/// <para>
/// Start-up dominates (~3-4 s of a ~4 s render), so concurrent scores that cannot run code
/// (<see cref="LilypondBatching.IsBatchable"/>) and share options are rendered by one process, each from its own
/// file. A score whose result the shared run cannot vouch for (the run crashed or timed out before finishing it,
/// its log was elided, it failed other than with a syntax error, or wrote no image) is rendered again alone,
/// so one bad score never fails the others and every result equals what rendering alone would give. The shared
/// process writes cropped EPS only and one Ghostscript process converts them all (<see cref="LilypondConversion"/>),
/// instead of LilyPond's two per score.
/// </para>
/// </summary>
public sealed class LilypondRenderer : SandboxedToolRenderer
{
    private const string Source = "score.ly";

    private readonly RenderBatcher? _batcher;
    private readonly bool _convertTogether;
    private long _sharedProcesses;
    private long _batchedResults;
    private long _fallbacks;

    /// <summary>A renderer on <paramref name="runner"/> and <paramref name="time"/>; batching as <paramref name="batching"/> says (default on).</summary>
    public LilypondRenderer(CliToolOptions options, IProcessRunner runner, TimeProvider time, LilypondBatchOptions? batching = null)
        : base(options, runner, time)
    {
        batching ??= new LilypondBatchOptions();
        _convertTogether = batching.ConvertTogether;
        _batcher = batching.MaxJobs > 1 ? new RenderBatcher(batching.MaxJobs, batching.Window, time, RenderBatchAsync) : null;
    }

    /// <summary>A renderer on real processes and the system clock.</summary>
    public LilypondRenderer(CliToolOptions options, LilypondBatchOptions? batching = null)
        : this(options, new ProcessRunner(), TimeProvider.System, batching)
    {
    }

    /// <inheritdoc/>
    public override string Tool => LilypondTool.Name;

    /// <summary>LilyPond processes that rendered more than one score.</summary>
    public long SharedProcesses => Interlocked.Read(ref _sharedProcesses);

    /// <summary>Results taken from a shared process.</summary>
    public long BatchedResults => Interlocked.Read(ref _batchedResults);

    /// <summary>Scores of a shared process rendered again alone.</summary>
    public long Fallbacks => Interlocked.Read(ref _fallbacks);

    /// <inheritdoc/>
    protected override IReadOnlyList<string> Programs => LilypondTool.Definition.Requirements.Binaries;

    /// <inheritdoc/>
    protected override Task<RenderResult> RouteAsync(RenderRequest request, CancellationToken cancellationToken) =>
        _batcher is not null && LilypondBatching.IsBatchable(request.Code)
            ? _batcher.EnqueueAsync(request, cancellationToken)
            : RenderAloneAsync(request, cancellationToken);

    /// <inheritdoc/>
    protected override async Task<ToolOutcome> RenderJobAsync(ToolJob job, string code, CancellationToken cancellationToken)
    {
        await job.WriteFileAsync(Source, code, cancellationToken).ConfigureAwait(false);
        var command = new ToolCommand("lilypond", [.. Flags(job), "-o", "score", Source]);
        var run = await job.RunAsync(command, cancellationToken).ConfigureAwait(false);
        if (job.Crash(run, run.StandardError) is { } crash)
        {
            return crash;
        }

        return LilypondFailureParser.Classify(Tool, run.ExitCode, run.StandardError) is { } failure
            ? failure
            : await ReadAsync(job, "score", run.StandardError, cancellationToken).ConfigureAwait(false);
    }

    // The cropped PNG, with the text boxes of the cropped PDF of the same run.
    private static async Task<ToolOutcome> ReadAsync(ToolJob job, string name, string log, CancellationToken cancellationToken)
    {
        var outcome = job.ReadPng(name + ".cropped.png", log);
        return outcome.Png is { } png
            ? outcome with { Layout = await PdfLayout.ReadAsync(job, name + ".cropped.pdf", png, cancellationToken).ConfigureAwait(false) }
            : outcome;
    }

    // -dcrop: one image trimmed to the music (all pages stacked), titles included; no full pages. The cropped PDF
    // of the same run gives the text boxes (PdfLayout).
    // A5 is only the default paper (a score's own \paper wins): A4 lines make short pieces one very wide strip.
    private static string[] Flags(ToolJob job) =>
    [
        "--png", "--pdf", string.Create(CultureInfo.InvariantCulture, $"-dresolution={job.Dpi}"), "-dcrop", "-dno-print-pages", "-dpaper-size=\"a5\"",
    ];

    // A shared run writes cropped EPS only (same typesetting and crop, same paper default); ConvertAsync makes the images.
    private static string[] EpsFlags(ToolJob job) =>
    [
        .. LilypondConversion.EpsOnlyFlags, string.Create(CultureInfo.InvariantCulture, $"-dresolution={job.Dpi}"), "-dcrop", "-dno-print-pages", "-dpaper-size=\"a5\"",
    ];

    private async Task RenderBatchAsync(IReadOnlyList<PendingRender> batch)
    {
        ToolOutcome?[] outcomes = new ToolOutcome?[batch.Count];
        var elapsed = TimeSpan.Zero;
        if (batch.Count > 1)
        {
            // The shared run is not any one caller's: a caller that gives up just stops waiting.
            var shared = await RunSharedJobAsync(batch[0].Request.Options, (job, ct) => RenderSharedAsync(job, batch, ct), CancellationToken.None)
                .ConfigureAwait(false);
            if (shared is { } done)
            {
                (outcomes, elapsed) = done;
                Interlocked.Increment(ref _sharedProcesses);
            }
        }

        await Task.WhenAll(batch.Select(async (item, i) =>
        {
            if (outcomes[i] is { } outcome)
            {
                Interlocked.Increment(ref _batchedResults);
                item.Completion.TrySetResult(outcome.ToResult(elapsed));
                return;
            }

            if (batch.Count > 1)
            {
                Interlocked.Increment(ref _fallbacks);
            }

            try
            {
                item.Completion.TrySetResult(await RenderAloneAsync(item.Request, item.CancellationToken).ConfigureAwait(false));
            }
            catch (OperationCanceledException)
            {
                item.Completion.TrySetCanceled(item.CancellationToken);
            }
        })).ConfigureAwait(false);
    }

    /// <summary>
    /// Renders every score of <paramref name="batch"/> in one process (all share its options and bounds), then
    /// converts every cropped EPS it wrote in one Ghostscript process (<see cref="LilypondConversion"/>). Inputs get
    /// unguessable names, so a score cannot name another's files or fake its log section. Null entries render again alone.
    /// </summary>
    private async Task<ToolOutcome?[]> RenderSharedAsync(ToolJob job, IReadOnlyList<PendingRender> batch, CancellationToken cancellationToken)
    {
        var nonce = Guid.NewGuid().ToString("N")[..16];
        var names = batch.Select((_, i) => string.Create(CultureInfo.InvariantCulture, $"s{i}-{nonce}")).ToArray();
        for (var i = 0; i < batch.Count; i++)
        {
            await job.WriteFileAsync(names[i] + ".ly", batch[i].Request.Code, cancellationToken).ConfigureAwait(false);
        }

        var flags = _convertTogether ? EpsFlags(job) : Flags(job);
        var run = await job.RunAsync(new ToolCommand("lilypond", [.. flags, .. names.Select(n => n + ".ly")]), cancellationToken).ConfigureAwait(false);
        var finished = run.StartError is null && !run.TimedOut && job.Crash(run, run.StandardError) is null;
        var sections = LilypondBatching.SplitLog(run.StandardError, [.. names.Select(n => n + ".ly")], finished);
        var outcomes = new ToolOutcome?[batch.Count];
        var logs = new string?[batch.Count];
        for (var i = 0; i < batch.Count; i++)
        {
            if (sections[i] is not { } section)
            {
                continue;
            }

            // Messages read as if the score had rendered alone (its name there is score.ly).
            var log = section.Replace(names[i] + ".ly", Source, StringComparison.Ordinal);
            var failure = LilypondFailureParser.Classify(Tool, 0, log);
            if (failure is { Kind: RenderFailureKind.Syntax })
            {
                outcomes[i] = failure;
            }
            else if (failure is null && !_convertTogether && job.Exists(names[i] + ".cropped.png"))
            {
                outcomes[i] = await ReadAsync(job, names[i], log, cancellationToken).ConfigureAwait(false);
            }
            else if (failure is null && job.Exists(names[i] + ".cropped.eps"))
            {
                logs[i] = log;
            }
        }

        // What the run finished before a timeout still converts, on a deadline of its own.
        var convert = finished ? job : job.WithFreshDeadline();
        var ready = Enumerable.Range(0, batch.Count).Where(i => logs[i] is not null).ToArray();
        if (ready.Length == 0 || !await ConvertAsync(convert, [.. ready.Select(i => names[i])], cancellationToken).ConfigureAwait(false))
        {
            return outcomes;
        }

        foreach (var i in ready.Where(i => convert.Exists(names[i] + ".cropped.png")))
        {
            outcomes[i] = await ReadAsync(convert, names[i], logs[i]!, cancellationToken).ConfigureAwait(false);
        }

        return outcomes;
    }

    // One gs for every score; only a run that ended cleanly is trusted (pdfwrite finalises a PDF when the next opens).
    private static async Task<bool> ConvertAsync(ToolJob job, IReadOnlyList<string> names, CancellationToken cancellationToken)
    {
        var script = $"convert-{names[0]}.ps";
        await job.WriteFileAsync(script, LilypondConversion.Script(ToolJob.WorkDir, names, job.Dpi), cancellationToken).ConfigureAwait(false);
        var run = await job.RunAsync(new ToolCommand("gs", LilypondConversion.GhostscriptArguments(ToolJob.WorkDir, script)), cancellationToken).ConfigureAwait(false);
        return run.StartError is null && !run.TimedOut && run.ExitCode == 0;
    }
}
