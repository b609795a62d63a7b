using System.Diagnostics;
using Cosyn.Rendering.Processes;

namespace Cosyn.Tests.Rendering.Processes;

public sealed class ProcessRunnerTests
{
    private static readonly Dictionary<string, string> Env = new() { ["PATH"] = "/usr/bin:/bin" };

    [Fact]
    public async Task Run_SlowTree_KilledAtTimeoutWithChildren()
    {
        var sut = new ProcessRunner();
        var spec = new ProcessSpec("/bin/sh", ["-c", "sleep 30 & echo started; sleep 30"]) { Environment = Env };
        var clock = Stopwatch.StartNew();

        var result = await sut.RunAsync(spec, new ProcessRunOptions { Timeout = TimeSpan.FromMilliseconds(500) }, CancellationToken.None);

        Assert.True(result.TimedOut);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
        Assert.Contains("started", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_ChildIgnoresLargeStdin_StillTimesOut()
    {
        // Regression: stdin used to be written before the timeout started, so a child that never read it hung the run.
        var sut = new ProcessRunner();
        var spec = new ProcessSpec("/bin/sleep", ["30"]) { Environment = Env };
        var clock = Stopwatch.StartNew();

        var result = await sut.RunAsync(spec, new ProcessRunOptions { StandardInput = new string('x', 4 << 20), Timeout = TimeSpan.FromMilliseconds(500) }, CancellationToken.None);

        Assert.True(result.TimedOut);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task Run_HugeOutput_CapturedWithinBound()
    {
        var sut = new ProcessRunner();
        var spec = new ProcessSpec("/bin/sh", ["-c", "seq 1 200000"]) { Environment = Env };

        var result = await sut.RunAsync(spec, new ProcessRunOptions { MaxCapturedChars = 1000 }, CancellationToken.None);

        Assert.Equal(0, result.ExitCode);
        Assert.True(result.StandardOutput.Length < 1100);
        Assert.EndsWith("200000\n", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_MissingExecutable_IsAValue()
    {
        var result = await new ProcessRunner().RunAsync(new ProcessSpec("/nonexistent/tool", []), new ProcessRunOptions(), CancellationToken.None);

        Assert.False(result.Started);
    }

    [Fact]
    public async Task Run_StandardInput_IsDelivered()
    {
        var spec = new ProcessSpec("/bin/cat", []) { Environment = Env };

        var result = await new ProcessRunner().RunAsync(spec, new ProcessRunOptions { StandardInput = "hello" }, CancellationToken.None);

        Assert.Equal("hello\n", result.StandardOutput);
    }
}
