using Cosyn.Rendering.Processes;
using Cosyn.Rendering.Python;
using Cosyn.Tests.Rendering.Matplotlib;

namespace Cosyn.Tests.Rendering.Python;

public sealed class PythonWorkerPoolTests
{
    private static PythonWorkerPool CreateSut(PythonWorkerOptions? options = null) =>
        new(options ?? MatplotlibFixture.Options with { Concurrency = 1 });

    [Fact]
    public async Task Dispose_AfterRenders_LeavesNoProcessBehind()
    {
        var sut = CreateSut();
        var run = await sut.RunAsync(Charts.Tiny, MatplotlibFixture.Fast, CancellationToken.None);
        Assert.Equal("ok", run.Reply?.Status);
        var outer = sut.WorkerProcessIds.Single();
        var tree = ProcessTree.Descendants(outer).Append(outer).ToList();
        Assert.True(tree.Count >= 2, "sandbox and python should both be running");

        await sut.DisposeAsync();

        Assert.All(tree, pid => Assert.False(ProcessTree.IsAlive(pid), $"pid {pid} survived"));
    }

    [Fact]
    public async Task Run_WorkerKilledWhileIdle_ReportsFailureThenReplacesWorker()
    {
        await using var sut = CreateSut();
        await sut.RunAsync(Charts.Tiny, MatplotlibFixture.Fast, CancellationToken.None);
        var first = sut.WorkerProcessIds.Single();
        foreach (var pid in ProcessTree.Descendants(first))
        {
            ProcessTree.Kill(pid);
        }

        var broken = await sut.RunAsync(Charts.Tiny, MatplotlibFixture.Fast, CancellationToken.None);
        var next = await sut.RunAsync(Charts.Tiny, MatplotlibFixture.Fast, CancellationToken.None);

        Assert.Equal(RenderFailureKind.Runtime, broken.Failure?.Kind);
        Assert.Equal("ok", next.Reply?.Status);
        Assert.NotEqual(first, sut.WorkerProcessIds.Single());
    }

    [Fact]
    public async Task Run_BwrapMissing_FailsClosedWithoutRunning()
    {
        var options = MatplotlibFixture.Options with
        {
            Sandbox = MatplotlibFixture.Options.Sandbox with { BwrapPath = "/nonexistent/bwrap" },
        };
        await using var sut = CreateSut(options);

        var run = await sut.RunAsync(Charts.Tiny, MatplotlibFixture.Fast, CancellationToken.None);

        Assert.Equal(RenderFailureKind.ToolUnavailable, run.Failure?.Kind);
        Assert.Empty(sut.WorkerProcessIds);
    }

    [Fact]
    public async Task Run_PythonMissing_ReportsToolUnavailable()
    {
        await using var sut = CreateSut(MatplotlibFixture.Options with { PythonPath = "/nonexistent/python3" });

        var run = await sut.RunAsync(Charts.Tiny, MatplotlibFixture.Fast, CancellationToken.None);

        Assert.Equal(RenderFailureKind.ToolUnavailable, run.Failure?.Kind);
    }
}
