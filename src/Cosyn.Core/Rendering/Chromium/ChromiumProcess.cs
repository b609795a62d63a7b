using System.Diagnostics;
using Cosyn.Rendering.Processes;
using Cosyn.Rendering.Sandbox;

namespace Cosyn.Rendering.Chromium;

/// <summary>
/// One sandboxed Chromium process tree speaking CDP over two FIFOs (<c>--remote-debugging-pipe</c> reads fd 3,
/// writes fd 4). FIFOs cross bwrap's namespaces, so the browser gets a network namespace with nothing but
/// loopback and still talks to us.
/// </summary>
/// <remarks>Made by <see cref="StartAsync"/>, which hands over the started tree, its FIFOs opened as streams.</remarks>
internal sealed class ChromiumProcess(Process process, string dir, MemoryCgroup? cgroup, BoundedText stderr, Stream toBrowser, Stream fromBrowser)
    : IAsyncDisposable
{
    private const string SandboxDir = "/tmp/work";

    /// <summary>Stream the browser reads CDP messages from.</summary>
    public Stream ToBrowser { get; } = toBrowser;

    /// <summary>Stream the browser writes CDP messages to.</summary>
    public Stream FromBrowser { get; } = fromBrowser;

    /// <summary>Outermost process id (the cgroup shell or setpriv).</summary>
    public int ProcessId => process.Id;

    public bool HasExited => process.HasExited;

    /// <summary>The memory cgroup, when one could be created.</summary>
    public MemoryCgroup? Cgroup => cgroup;

    /// <summary>Tail of the browser's stderr (V8 prints "out of memory" there).</summary>
    public string StandardErrorTail => stderr.ToString();

    /// <summary>Launches the browser; the failure is a value (missing binary, sandbox refusal, start timeout).</summary>
    public static async Task<(ChromiumProcess? Process, RenderFailure? Failure)> StartAsync(string tool, ChromiumOptions options, CancellationToken cancellationToken)
    {
        if (!File.Exists(options.ExecutablePath))
        {
            return (null, new RenderFailure(tool, RenderFailureKind.ToolUnavailable, $"chromium not found at {options.ExecutablePath}", ""));
        }

        var dir = CreateDirectory(options.WorkRoot);
        var toBrowser = Path.Combine(dir, "cdp-in");
        var fromBrowser = Path.Combine(dir, "cdp-out");
        MakeFifos(toBrowser, fromBrowser);
        var cgroup = MemoryCgroup.TryCreate(options.BrowserMemoryMiB);
        var process = new Process { StartInfo = StartInfoFactory.Create(Command(options, dir, cgroup)) };
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            await CleanUpAsync(dir, cgroup).ConfigureAwait(false);
            return (null, new RenderFailure(tool, RenderFailureKind.ToolUnavailable, "cannot start chromium: " + e.Message, ""));
        }

        var stderr = new BoundedText(16 * 1024);
        process.StandardInput.Close();
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                stderr.AppendLine(e.Data);
            }
        };
        process.OutputDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();

        // Opening a FIFO blocks until the other end opens it: both opens finish once the sandbox shell is up.
        var write = Task.Run(() => (Stream)new FileStream(toBrowser, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, 1), CancellationToken.None);
        var read = Task.Run(() => (Stream)new FileStream(fromBrowser, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1), CancellationToken.None);
        var opened = Task.WhenAll(write, read);
        var exited = process.WaitForExitAsync(CancellationToken.None);
        var finished = await Task.WhenAny(opened, exited, Task.Delay(options.StartupTimeout, cancellationToken)).ConfigureAwait(false);
        if (finished != opened)
        {
            StartInfoFactory.KillTree(process);
            Unblock(toBrowser, fromBrowser);
            await ((Task)opened).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            DisposeQuietly(write, read);
            await CleanUpAsync(dir, cgroup).ConfigureAwait(false);
            process.Dispose();
            cancellationToken.ThrowIfCancellationRequested();
            var why = finished == exited ? "chromium exited during start-up" : "chromium did not start in time";
            return (null, new RenderFailure(tool, RenderFailureKind.SandboxDenied, why, LogExcerpt.Tail(stderr.ToString())));
        }

        return (new ChromiumProcess(process, dir, cgroup, stderr, write.Result, read.Result), null);
    }

    /// <summary>Kills the whole tree (bwrap's pid namespace takes every descendant with it), then sweeps the cgroup.</summary>
    public async ValueTask DisposeAsync()
    {
        // Remember the tree first: once the root is gone its descendants are reparented and harder to find.
        var tree = ProcessTree.Descendants(process.Id).ToList();
        StartInfoFactory.KillTree(process);
        using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await process.WaitForExitAsync(wait.Token).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        // SIGKILLed helpers die asynchronously; return only when none is left (a test caught one still running).
        await ProcessTree.WaitUntilGoneAsync(tree, TimeSpan.FromSeconds(3)).ConfigureAwait(false);
        await ToBrowser.DisposeAsync().ConfigureAwait(false);
        await FromBrowser.DisposeAsync().ConfigureAwait(false);
        await CleanUpAsync(dir, cgroup).ConfigureAwait(false);
        process.Dispose();
    }

    private static ProcessSpec Command(ChromiumOptions options, string dir, MemoryCgroup? cgroup)
    {
        var sandboxed = !options.Sandbox.DangerouslyDisableSandbox;
        var inside = sandboxed ? SandboxDir : dir;
        // The shell opens the FIFOs as fds 3 and 4, then becomes Chromium.
        var inner = new ProcessSpec("/bin/sh",
        [
            "-c", $"exec \"$@\" 3<\"{inside}/cdp-in\" 4>\"{inside}/cdp-out\"", "sh",
            options.ExecutablePath, .. ChromiumFlags.For(options, sandboxed ? "/tmp/profile" : Path.Combine(dir, "profile")),
        ])
        {
            Environment = new Dictionary<string, string>
            {
                ["HOME"] = sandboxed ? "/tmp" : dir,
                ["PATH"] = "/usr/bin:/bin",
                ["LANG"] = "C.UTF-8",
                ["DBUS_SESSION_BUS_ADDRESS"] = "disabled:",
            },
        };
        var wrapped = new SandboxCommandBuilder(options.Sandbox).Wrap(inner, [new SandboxMount(dir, SandboxDir)]);
        if (cgroup is null)
        {
            return wrapped;
        }

        // Joined by a root shell before anything forks, so no Chromium process escapes the limit.
        return new ProcessSpec("/bin/sh", ["-c", "echo $$ > \"$0\" && exec \"$@\"", cgroup.ProcsFile, wrapped.FileName, .. wrapped.Arguments])
        {
            Environment = wrapped.Environment,
        };
    }

    private static string CreateDirectory(string root)
    {
        var dir = Path.Combine(root, $"{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        if (!OperatingSystem.IsWindows())
        {
            // The browser runs as an unprivileged uid and must open the FIFOs.
            File.SetUnixFileMode(root, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
            File.SetUnixFileMode(dir, (UnixFileMode)0x1FF);
        }

        return dir;
    }

    private static void MakeFifos(params string[] paths)
    {
        using var mkfifo = Process.Start(new ProcessStartInfo("/usr/bin/mkfifo", ["-m", "666", .. paths]) { UseShellExecute = false })
            ?? throw new InvalidOperationException("mkfifo did not start");
        mkfifo.WaitForExit();
    }

    // Our pending opens rendezvous with these, so no thread stays blocked in open(2).
    private static void Unblock(string toBrowser, string fromBrowser)
    {
        _ = Task.Run(() => new FileStream(toBrowser, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1).Dispose());
        _ = Task.Run(() => new FileStream(fromBrowser, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, 1).Dispose());
    }

    private static void DisposeQuietly(params Task<Stream>[] opens)
    {
        foreach (var open in opens.Where(o => o.IsCompletedSuccessfully))
        {
            open.Result.Dispose();
        }
    }

    private static async Task CleanUpAsync(string dir, MemoryCgroup? cgroup)
    {
        if (cgroup is not null)
        {
            await cgroup.DestroyAsync().ConfigureAwait(false);
        }

        try
        {
            Directory.Delete(dir, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A dying process may still hold it; temp leftovers are harmless.
        }
    }
}
