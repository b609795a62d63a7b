using Cosyn.Rendering.Processes;
using Cosyn.Rendering.Sandbox;

namespace Cosyn.Rendering.CliTools;

/// <summary>
/// One render job of a command-line tool: a private work directory, a shared deadline for all its commands,
/// and the sandbox each command runs in. Created by <see cref="SandboxedToolRenderer"/>.
/// </summary>
public sealed class ToolJob
{
    /// <summary>The job directory as the sandbox sees it (also the working directory).</summary>
    public const string WorkDir = "/tmp/work";

    private readonly CliToolOptions _options;
    private readonly IProcessRunner _runner;
    private readonly TimeProvider _time;
    private readonly long _started;
    private readonly SandboxCommandBuilder _sandbox;

    internal ToolJob(string tool, string hostDir, RenderOptions render, CliToolOptions options, IProcessRunner runner, TimeProvider time)
    {
        Tool = tool;
        HostDir = hostDir;
        Render = render;
        _options = options;
        _runner = runner;
        _time = time;
        _started = time.GetTimestamp();
        _sandbox = new SandboxCommandBuilder(options.Sandbox with
        {
            // The wall-clock bound kills first; the CPU bound catches a job that outlives a lost kill.
            CpuSeconds = (int)Math.Ceiling(render.Timeout.TotalSeconds) + 1,
            AddressSpaceMiB = render.MemoryMiB,
            MaxFileSizeBytes = render.MaxOutputBytes,
        });
    }

    /// <summary>
    /// The same directory and bounds with the clock started again: a follow-up step (converting what a shared
    /// run finished before it timed out) gets its own deadline instead of none.
    /// </summary>
    public ToolJob WithFreshDeadline() => new(Tool, HostDir, Render, _options, _runner, _time);

    /// <summary>Tool name put on failures.</summary>
    public string Tool { get; }

    /// <summary>The job directory on the host.</summary>
    public string HostDir { get; }

    /// <summary>The request's bounds.</summary>
    public RenderOptions Render { get; }

    /// <summary>Raster resolution for this request: the tool's DPI times the request's scale.</summary>
    public int Dpi => Math.Max(1, (int)Math.Round(_options.Dpi * Render.Scale));

    /// <summary>True when rasterisers should write raw pixels (<see cref="CliToolOptions.RawRaster"/>).</summary>
    public bool RawRaster => _options.RawRaster;

    /// <summary>Largest raster side the tool may produce.</summary>
    public int MaxRasterSide => _options.MaxRasterSide;

    /// <summary>Time left of the request's wall-clock bound.</summary>
    public TimeSpan Remaining => Render.Timeout - _time.GetElapsedTime(_started);

    /// <summary>Writes a job input file.</summary>
    public Task WriteFileAsync(string name, string text, CancellationToken cancellationToken) =>
        File.WriteAllTextAsync(Path.Combine(HostDir, name), text, cancellationToken);

    /// <summary>True when the job wrote <paramref name="name"/>.</summary>
    public bool Exists(string name) => File.Exists(Path.Combine(HostDir, name));

    /// <summary>Reads up to <paramref name="maxChars"/> characters of a text file the tool wrote, or "".</summary>
    public string ReadText(string name, int maxChars = 256 * 1024)
    {
        var path = Path.Combine(HostDir, name);
        if (!File.Exists(path))
        {
            return "";
        }

        using var reader = new StreamReader(path, System.Text.Encoding.UTF8);
        var buffer = new char[maxChars];
        var read = reader.ReadBlock(buffer, 0, maxChars);
        return new string(buffer, 0, read);
    }

    /// <summary>The PNG the tool wrote, or a failure: missing is <see cref="RenderFailureKind.NoOutput"/>, too large is rejected.</summary>
    public ToolOutcome ReadPng(string name, string log)
    {
        var file = new FileInfo(Path.Combine(HostDir, name));
        if (!file.Exists)
        {
            return Fail(RenderFailureKind.NoOutput, $"{Tool} produced no image", log);
        }

        return file.Length > Render.MaxOutputBytes
            ? Fail(RenderFailureKind.ImageRejected, string.Create(CultureInfo.InvariantCulture, $"output too large: {file.Length} bytes"), log)
            : ToolOutcome.Success(File.ReadAllBytes(file.FullName));
    }

    /// <summary>Runs <paramref name="command"/> in the sandbox within the time left; a timeout is a value, cancellation throws.</summary>
    public async Task<ProcessRunResult> RunAsync(ToolCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var environment = new Dictionary<string, string>(BaseEnvironment, StringComparer.Ordinal);
        foreach (var (key, value) in command.Environment)
        {
            environment[key] = value;
        }

        var inner = new ProcessSpec(Path.Combine(_options.BinDirectory, command.Program), command.Arguments)
        {
            WorkingDirectory = WorkDir,
            Environment = environment,
        };
        var spec = _sandbox.Wrap(inner, [new SandboxMount(HostDir, WorkDir), .. command.ReadOnlyMounts.Select(m => m with { ReadOnly = true })]);
        var remaining = Remaining;
        if (remaining <= TimeSpan.Zero)
        {
            return new ProcessRunResult(-1, "", "", TimedOut: true, TimeSpan.Zero);
        }

        var options = new ProcessRunOptions { StandardInput = command.StandardInput, Timeout = remaining, MaxCapturedChars = 32 * 1024 };
        return await _runner.RunAsync(spec, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The failure every tool shares: wall-clock timeout, CPU limit, killed by the kernel, or the file-size limit.
    /// Null when the process ended on its own (the tool's parser then reads its exit code and log).
    /// </summary>
    public RenderFailure? Crash(ProcessRunResult run, string log)
    {
        ArgumentNullException.ThrowIfNull(run);
        var seconds = Render.Timeout.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture);
        return run switch
        {
            { StartError: { } error } => new(Tool, RenderFailureKind.ToolUnavailable, $"cannot start sandbox: {error}", ""),
            { TimedOut: true } => new(Tool, RenderFailureKind.Timeout, $"{Tool} did not finish within {seconds} s", LogExcerpt.Tail(log)),
            // 128 + signal: SIGXCPU is the CPU limit; SIGKILL is the CPU hard limit or the kernel's OOM killer.
            { ExitCode: 152 } => new(Tool, RenderFailureKind.Timeout, "CPU time limit exceeded", LogExcerpt.Tail(log)),
            { ExitCode: 137 } when run.Elapsed.TotalSeconds >= Render.Timeout.TotalSeconds * 0.9 =>
                new(Tool, RenderFailureKind.Timeout, "CPU time limit exceeded", LogExcerpt.Tail(log)),
            { ExitCode: 137 } => new(Tool, RenderFailureKind.Memory, $"{Tool} was killed (out of memory)", LogExcerpt.Tail(log)),
            { ExitCode: 153 } => new(Tool, RenderFailureKind.ImageRejected,
                string.Create(CultureInfo.InvariantCulture, $"output too large: a file exceeded {Render.MaxOutputBytes} bytes"), LogExcerpt.Tail(log)),
            _ => null,
        };
    }

    /// <summary>A failure of this job's tool.</summary>
    public RenderFailure Fail(RenderFailureKind kind, string message, string log) => new(Tool, kind, message, LogExcerpt.Tail(log));

    private static readonly Dictionary<string, string> BaseEnvironment = new(StringComparer.Ordinal)
    {
        ["PATH"] = "/usr/bin:/bin",
        // /tmp is the sandbox's private tmpfs: caches and dotfiles land there and vanish with the job.
        ["HOME"] = "/tmp",
        ["TMPDIR"] = "/tmp",
        ["LANG"] = "C.UTF-8",
        ["TEXMFVAR"] = "/tmp/texmf-var",
        ["TEXMFCONFIG"] = "/tmp/texmf-config",
        ["XDG_CACHE_HOME"] = "/tmp/cache",
        ["XDG_CONFIG_HOME"] = "/tmp/config",
    };
}
