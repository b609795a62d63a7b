using Cosyn.Rendering.Processes;

namespace Cosyn.Rendering.Sandbox;

/// <summary>Wraps a command in setpriv (when root) + bubblewrap + prlimit according to a <see cref="SandboxPolicy"/>.</summary>
public sealed class SandboxCommandBuilder(SandboxPolicy policy)
{
    /// <summary>The policy applied.</summary>
    public SandboxPolicy Policy => policy;

    /// <summary>
    /// Wraps <paramref name="inner"/> (paths as seen inside the sandbox). The inner working directory is
    /// interpreted inside the sandbox; the environment is passed through unchanged.
    /// </summary>
    public ProcessSpec Wrap(ProcessSpec inner, IReadOnlyList<SandboxMount> writable)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentNullException.ThrowIfNull(writable);
        if (policy.DangerouslyDisableSandbox)
        {
            return inner;
        }

        var args = new List<string>();
        var fileName = policy.BwrapPath;
        if (Environment.IsPrivilegedProcess)
        {
            // As root, bwrap keeps full capabilities inside its user namespace and RLIMIT_NPROC is not
            // enforced for uid 0; dropping to an unprivileged uid first fixes both.
            var id = policy.UnprivilegedId.ToString(CultureInfo.InvariantCulture);
            fileName = policy.SetprivPath;
            args.AddRange(["--reuid=" + id, "--regid=" + id, "--clear-groups", "--inh-caps=-all", "--", policy.BwrapPath]);
        }

        args.AddRange(["--ro-bind", "/", "/", "--dev", "/dev", "--proc", "/proc", "--tmpfs", "/tmp"]);
        foreach (var hidden in policy.HiddenPaths.Where(Directory.Exists))
        {
            args.AddRange(["--tmpfs", hidden, "--remount-ro", hidden]);
        }

        foreach (var mount in writable)
        {
            args.AddRange([mount.ReadOnly ? "--ro-bind" : "--bind", mount.HostPath, mount.SandboxPath]);
        }

        args.AddRange(["--unshare-all", "--die-with-parent", "--new-session"]);
        if (inner.WorkingDirectory is not null)
        {
            args.AddRange(["--chdir", inner.WorkingDirectory]);
        }

        args.AddRange(["--", policy.PrlimitPath, .. Limits(), "--", inner.FileName, .. inner.Arguments]);
        return new ProcessSpec(fileName, args) { Environment = inner.Environment };
    }

    private List<string> Limits()
    {
        var limits = new List<string>
        {
            Limit("fsize", policy.MaxFileSizeBytes),
            Limit("nproc", policy.MaxProcesses),
            Limit("nofile", policy.MaxOpenFiles),
            Limit("core", 0),
        };
        if (policy.CpuSeconds is { } cpu)
        {
            limits.Add(Limit("cpu", cpu));
        }

        if (policy.AddressSpaceMiB is { } mib)
        {
            limits.Add(Limit("as", mib * 1024L * 1024));
        }

        return limits;
    }

    private static string Limit(string name, long value) =>
        string.Create(CultureInfo.InvariantCulture, $"--{name}={value}");
}
