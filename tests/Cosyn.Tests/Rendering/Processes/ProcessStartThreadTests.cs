using Cosyn.Rendering.Processes;

namespace Cosyn.Tests.Rendering.Processes;

public sealed class ProcessStartThreadTests
{
    [Fact]
    public async Task RunAsync_StartedFromThreadThatExits_DieWithParentSandboxSurvives()
    {
        // Regression: bwrap --die-with-parent is PR_SET_PDEATHSIG, bound to the forking thread; retired
        // thread-pool threads used to SIGKILL sandboxes (exit 137) at random.
        var spec = new ProcessSpec("/usr/bin/bwrap", ["--ro-bind", "/", "/", "--unshare-all", "--die-with-parent", "--", "/bin/sleep", "0.3"]);
        Task<ProcessRunResult>? run = null;
        var thread = new Thread(() => run = new ProcessRunner().RunAsync(spec, new ProcessRunOptions(), CancellationToken.None));
        thread.Start();
        thread.Join();

        var result = await run!;

        Assert.Equal(0, result.ExitCode);
    }
}
