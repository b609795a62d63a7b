using Cosyn.Rendering.Pooling;
using Cosyn.Rendering.Sandbox;
using Cosyn.Tests.Rendering.CliTools;

namespace Cosyn.Tests.Rendering.Pooling;

public sealed class WarmPoolTests
{
    private readonly List<FakeWarmWorker> _started = [];

    private static RenderFailure CannotStart => new("fake", RenderFailureKind.ToolUnavailable, "cannot start", "");

    [Fact]
    public async Task Run_TwoJobsInTurn_ReuseOneWarmWorker()
    {
        await using var sut = CreateSut();

        var first = await sut.RunAsync(Use, Fail, CancellationToken.None);
        var second = await sut.RunAsync(Use, Fail, CancellationToken.None);

        Assert.Equal(first, second);
        Assert.Single(_started);
        Assert.Equal([first], sut.ProcessIds);
    }

    [Fact]
    public async Task Run_WorkerBrokenByJob_IsRetiredAndReplaced()
    {
        await using var sut = CreateSut();

        var broken = await sut.RunAsync(async lease => (await UseAsync(lease)).Break(), Fail, CancellationToken.None);
        var next = await sut.RunAsync(Use, Fail, CancellationToken.None);

        Assert.True(_started[0].Disposed);
        Assert.NotEqual(broken, next);
        Assert.Equal([next], sut.ProcessIds);
    }

    [Fact]
    public async Task Run_WorkerWornOut_IsRecycled()
    {
        await using var sut = CreateSut(reusable: w => w.Jobs < 2);

        var ids = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add(await sut.RunAsync(Use, Fail, CancellationToken.None));
        }

        Assert.Equal([1, 1, 2], ids);
        Assert.True(_started[0].Disposed);
    }

    [Fact]
    public async Task Lease_ReturnedEarly_NextTakeGetsAnotherWorker()
    {
        await using var sut = CreateSut();

        var (first, second) = await sut.RunAsync(
            async lease =>
            {
                var (a, _) = await lease.TakeAsync(CancellationToken.None);
                a!.IsHealthy = false;
                await lease.ReturnAsync();
                var (b, _) = await lease.TakeAsync(CancellationToken.None);
                return (a.ProcessId, b!.ProcessId);
            },
            _ => (0, 0),
            CancellationToken.None);

        Assert.Equal((1, 2), (first, second));
        Assert.True(_started[0].Disposed);
    }

    [Fact]
    public async Task Lease_TakeTwiceWithoutReturn_Throws()
    {
        await using var sut = CreateSut();

        await Assert.ThrowsAsync<InvalidOperationException>(() => sut.RunAsync(
            async lease =>
            {
                await lease.TakeAsync(CancellationToken.None);
                return await lease.TakeAsync(CancellationToken.None);
            },
            _ => default,
            CancellationToken.None));
    }

    [Fact]
    public async Task Run_WorkerCannotStart_ReturnsTheStartFailure()
    {
        await using var sut = new WarmPool<FakeWarmWorker>("fake", 1, Probe(), _ => Task.FromResult<(FakeWarmWorker?, RenderFailure?)>((null, CannotStart)));

        var failure = await sut.RunAsync(async lease => (await lease.TakeAsync(CancellationToken.None)).Failure, f => f, CancellationToken.None);

        Assert.Equal("cannot start", failure?.Message);
        Assert.Empty(sut.ProcessIds);
    }

    [Fact]
    public async Task Run_SandboxMissing_FailsClosedWithoutStarting()
    {
        var missing = new SandboxProbe(new SandboxCommandBuilder(new SandboxPolicy { BwrapPath = "/nonexistent/bwrap" }), new FakeProcessRunner());
        await using var sut = new WarmPool<FakeWarmWorker>("fake", 1, missing, StartAsync);

        var failure = await sut.RunAsync(async lease => (await lease.TakeAsync(CancellationToken.None)).Failure, f => f, CancellationToken.None);

        Assert.Equal(RenderFailureKind.ToolUnavailable, failure?.Kind);
        Assert.Equal("fake", failure?.Tool);
        Assert.Empty(_started);
    }

    [Fact]
    public async Task Dispose_KillsIdleWorkersAndRefusesNewJobs()
    {
        var sut = CreateSut();
        await sut.RunAsync(Use, Fail, CancellationToken.None);

        await sut.DisposeAsync();

        Assert.All(_started, w => Assert.True(w.Disposed));
        Assert.Empty(sut.ProcessIds);
        await Assert.ThrowsAsync<ObjectDisposedException>(() => sut.RunAsync(Use, Fail, CancellationToken.None));
    }

    private static async Task<int> Use(WarmLease<FakeWarmWorker> lease) => (await UseAsync(lease)).ProcessId;

    private static async Task<FakeWarmWorker> UseAsync(WarmLease<FakeWarmWorker> lease)
    {
        var (worker, failure) = await lease.TakeAsync(CancellationToken.None);
        Assert.Null(failure);
        worker!.Jobs++;
        return worker;
    }

    private static int Fail(RenderFailure failure) => throw new InvalidOperationException(failure.Message);

    private static SandboxProbe Probe() =>
        new(new SandboxCommandBuilder(new SandboxPolicy { DangerouslyDisableSandbox = true }), new FakeProcessRunner());

    private WarmPool<FakeWarmWorker> CreateSut(Func<FakeWarmWorker, bool>? reusable = null) =>
        new("fake", 1, Probe(), StartAsync, reusable);

    private Task<(FakeWarmWorker? Worker, RenderFailure? Failure)> StartAsync(CancellationToken cancellationToken)
    {
        var worker = new FakeWarmWorker(_started.Count + 1);
        _started.Add(worker);
        return Task.FromResult<(FakeWarmWorker?, RenderFailure?)>((worker, null));
    }
}
