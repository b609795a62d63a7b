using Cosyn.Rendering.Sandbox;

namespace Cosyn.Rendering.Python;

/// <summary>How Python workers start: interpreter, concurrency, directories and the sandbox around them.</summary>
public sealed record PythonWorkerOptions
{
    /// <summary>Tool name put on failures. Default matplotlib.</summary>
    public string Tool { get; init; } = ToolNames.Matplotlib;

    /// <summary>
    /// Job kind this pool's workers serve (see <see cref="PythonJobKinds"/>). Workers import only its
    /// libraries: one pool per tool keeps start-up and each job's address space to what the tool needs.
    /// Default matplotlib.
    /// </summary>
    public string JobKind { get; init; } = PythonJobKinds.Matplotlib;

    /// <summary>Interpreter with matplotlib and numpy. Default the Debian <c>/usr/bin/python3</c>.</summary>
    public string PythonPath { get; init; } = "/usr/bin/python3";

    /// <summary>Workers kept, i.e. jobs run at once. Default 2.</summary>
    public int Concurrency { get; init; } = 2;

    /// <summary>Host directory for worker directories and the shared font cache. Default <c>$TMPDIR/cosyn-render</c>.</summary>
    public string WorkRoot { get; init; } = Path.Combine(Path.GetTempPath(), "cosyn-render");

    /// <summary>Bound on worker start-up (imports, a font cache build on the very first run). Default 60 s.</summary>
    public TimeSpan StartupTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Extra time the worker gets beyond a job's timeout before it is presumed hung and replaced. Default 5 s.</summary>
    public TimeSpan HangGrace { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Sandbox for the whole worker. Its address-space limit is only a backstop: each job sets its own
    /// RLIMIT_AS/CPU/FSIZE/NOFILE/NPROC in the forked child.
    /// </summary>
    public SandboxPolicy Sandbox { get; init; } = new() { AddressSpaceMiB = 8192, MaxProcesses = 64 };
}
