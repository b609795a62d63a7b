using Cosyn.Rendering.Processes;

namespace Cosyn.Tests.Rendering.CliTools;

/// <summary>A process runner whose runs are decided by a callback; the sandbox probe (<c>/bin/true</c>) always succeeds.</summary>
internal sealed class FakeProcessRunner : IProcessRunner
{
    public Func<ProcessSpec, ProcessRunOptions, Task<ProcessRunResult>> RunAsyncCallback { get; set; } =
        (_, _) => Task.FromResult(Exited(0));

    public List<ProcessSpec> Runs { get; } = [];

    public static ProcessRunResult Exited(int code, string stderr = "", double seconds = 0.1) =>
        new(code, "", stderr, TimedOut: false, TimeSpan.FromSeconds(seconds));

    /// <summary>The host directory bound at the sandbox work directory in <paramref name="spec"/>.</summary>
    public static string HostWorkDir(ProcessSpec spec)
    {
        var args = spec.Arguments;
        for (var i = 0; i + 2 < args.Count; i++)
        {
            if (args[i] == "--bind" && args[i + 2] == "/tmp/work")
            {
                return args[i + 1];
            }
        }

        throw new InvalidOperationException("no work directory bound");
    }

    public Task<ProcessRunResult> RunAsync(ProcessSpec spec, ProcessRunOptions options, CancellationToken cancellationToken)
    {
        if (spec.Arguments.Contains("/bin/true"))
        {
            return Task.FromResult(Exited(0));
        }

        lock (Runs)
        {
            Runs.Add(spec);
        }

        return RunAsyncCallback(spec, options);
    }
}
