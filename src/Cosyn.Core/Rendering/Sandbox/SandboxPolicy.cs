namespace Cosyn.Rendering.Sandbox;

/// <summary>Isolation and resource bounds for untrusted code. Network is always off and the root file system read-only.</summary>
public sealed record SandboxPolicy
{
    /// <summary>Path of bubblewrap. Default <c>/usr/bin/bwrap</c>.</summary>
    public string BwrapPath { get; init; } = "/usr/bin/bwrap";

    /// <summary>Path of util-linux prlimit. Default <c>/usr/bin/prlimit</c>.</summary>
    public string PrlimitPath { get; init; } = "/usr/bin/prlimit";

    /// <summary>Path of util-linux setpriv, used to drop root before entering the sandbox. Default <c>/usr/bin/setpriv</c>.</summary>
    public string SetprivPath { get; init; } = "/usr/bin/setpriv";

    /// <summary>Unprivileged uid/gid the sandbox runs as when the host process is root. Default 65534 (nobody).</summary>
    public int UnprivilegedId { get; init; } = 65534;

    /// <summary>RLIMIT_CPU in seconds for the sandboxed process; null for none (long-lived workers bound each job instead).</summary>
    public int? CpuSeconds { get; init; }

    /// <summary>RLIMIT_AS in MiB; null for none. Works for Python and CLI tools, silently breaks Chromium and WASM.</summary>
    public int? AddressSpaceMiB { get; init; } = 2048;

    /// <summary>RLIMIT_FSIZE in bytes: the largest file the sandbox may write. Default 64 MiB.</summary>
    public long MaxFileSizeBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>RLIMIT_NPROC, counted per sandbox because each sandbox has its own user namespace. Default 64.</summary>
    public int MaxProcesses { get; init; } = 64;

    /// <summary>RLIMIT_NOFILE. Default 256.</summary>
    public int MaxOpenFiles { get; init; } = 256;

    /// <summary>Host paths hidden behind an empty read-only tmpfs (home directories may hold keys). Missing paths are skipped.</summary>
    public IReadOnlyList<string> HiddenPaths { get; init; } = ["/root", "/home"];

    /// <summary>
    /// Runs commands with NO isolation. Exists only so tests of process plumbing can run where bubblewrap cannot;
    /// never set it for generated code.
    /// </summary>
    public bool DangerouslyDisableSandbox { get; init; }
}
