using Cosyn.Rendering.CliTools;
using Cosyn.Rendering.Processes;

namespace Cosyn.Tests.Rendering.CliTools;

public sealed class SandboxedToolRendererTests
{
    private static readonly byte[] Png = TestImages.Png(300, 200, SkiaSharp.SKColors.White);

    private readonly FakeProcessRunner _runner = new();

    private EchoRenderer CreateSut(int concurrency = 2, string program = "sh") =>
        new(new CliToolOptions { Concurrency = concurrency, BinDirectory = "/bin", WorkRoot = CliToolHarness.WorkRoot }, _runner, program);

    private static Task<RenderResult> RenderAsync(IRenderer sut, RenderOptions? options = null) =>
        sut.RenderAsync(new RenderRequest("echo", "code", options ?? new RenderOptions()), CancellationToken.None);

    [Fact]
    public async Task Render_ToolWritesPng_SucceedsAndDeletesJobDirectory()
    {
        string? workDir = null;
        _runner.RunAsyncCallback = (spec, _) =>
        {
            workDir = FakeProcessRunner.HostWorkDir(spec);
            File.WriteAllBytes(Path.Combine(workDir, "out.png"), Png);
            return Task.FromResult(FakeProcessRunner.Exited(0));
        };

        var result = await RenderAsync(CreateSut());

        Assert.Equal(Png, result.Png);
        Assert.False(Directory.Exists(workDir));
    }

    [Theory]
    [InlineData(137, 0.1, RenderFailureKind.Memory)]
    [InlineData(137, 30, RenderFailureKind.Timeout)]
    [InlineData(152, 1, RenderFailureKind.Timeout)]
    [InlineData(153, 1, RenderFailureKind.ImageRejected)]
    public async Task Render_KilledBySignal_MapsToKind(int exitCode, double seconds, RenderFailureKind kind)
    {
        _runner.RunAsyncCallback = (_, _) => Task.FromResult(FakeProcessRunner.Exited(exitCode, seconds: seconds));

        var result = await RenderAsync(CreateSut());

        Assert.Equal(kind, result.Failure?.Kind);
    }

    [Fact]
    public async Task Render_WallClockTimeout_IsTimeoutNamingTheBound()
    {
        _runner.RunAsyncCallback = (_, _) => Task.FromResult(new ProcessRunResult(-1, "", "", TimedOut: true, TimeSpan.FromSeconds(2)));

        var result = await RenderAsync(CreateSut(), new RenderOptions { Timeout = TimeSpan.FromSeconds(2) });

        Assert.Equal(RenderFailureKind.Timeout, result.Failure?.Kind);
        Assert.Equal("echo did not finish within 2 s", result.Failure!.Message);
    }

    [Fact]
    public async Task Render_NoImage_IsNoOutput() =>
        Assert.Equal(RenderFailureKind.NoOutput, (await RenderAsync(CreateSut())).Failure?.Kind);

    [Fact]
    public async Task Render_ImageOverOutputBound_IsRejected()
    {
        _runner.RunAsyncCallback = (spec, _) =>
        {
            File.WriteAllBytes(Path.Combine(FakeProcessRunner.HostWorkDir(spec), "out.png"), Png);
            return Task.FromResult(FakeProcessRunner.Exited(0));
        };

        var result = await RenderAsync(CreateSut(), new RenderOptions { MaxOutputBytes = 10 });

        Assert.Equal(RenderFailureKind.ImageRejected, result.Failure?.Kind);
    }

    [Fact]
    public async Task Render_MissingProgram_IsToolUnavailableWithoutRunning()
    {
        var result = await RenderAsync(CreateSut(program: "no-such-tool"));

        Assert.Equal(RenderFailureKind.ToolUnavailable, result.Failure?.Kind);
        Assert.Empty(_runner.Runs);
    }

    [Fact]
    public async Task Render_ManyJobs_RunAtMostConcurrencyAtOnce()
    {
        var running = 0;
        var peak = 0;
        _runner.RunAsyncCallback = async (_, _) =>
        {
            var now = Interlocked.Increment(ref running);
            InterlockedMax(ref peak, now);
            await Task.Delay(30);
            Interlocked.Decrement(ref running);
            return FakeProcessRunner.Exited(0);
        };
        await using var sut = CreateSut(concurrency: 2);

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => RenderAsync(sut)));

        Assert.Equal(2, peak);
    }

    [Fact]
    public async Task Render_SandboxedCommand_HasRequestBoundsAndNoParentEnvironment()
    {
        var sut = CreateSut();

        await RenderAsync(sut, new RenderOptions { Timeout = TimeSpan.FromSeconds(7), MemoryMiB = 300, MaxOutputBytes = 1000 });

        var spec = Assert.Single(_runner.Runs);
        Assert.Contains("--cpu=8", spec.Arguments);
        Assert.Contains("--as=" + (300L << 20), spec.Arguments);
        Assert.Contains("--fsize=1000", spec.Arguments);
        Assert.Contains("--unshare-all", spec.Arguments);
        Assert.Equal("/tmp", spec.Environment["HOME"]);
        Assert.DoesNotContain("PWD", spec.Environment.Keys);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }

    /// <summary>Runs one command and reads <c>out.png</c>: the smallest real subclass.</summary>
    private sealed class EchoRenderer(CliToolOptions options, IProcessRunner runner, string program)
        : SandboxedToolRenderer(options, runner, TimeProvider.System)
    {
        public override string Tool => "echo";

        protected override IReadOnlyList<string> Programs => [program];

        protected override async Task<ToolOutcome> RenderJobAsync(ToolJob job, string code, CancellationToken cancellationToken)
        {
            var run = await job.RunAsync(new ToolCommand(program, ["-c", code]), cancellationToken);
            return job.Crash(run, run.StandardError) is { } crash ? crash : job.ReadPng("out.png", run.StandardError);
        }
    }
}
