using Cosyn.Tests.Rendering.CliTools;

namespace Cosyn.Tests.Rendering.Asymptote;

public sealed class AsymptoteHostileTests() : CliRendererTests(ToolNames.Asymptote, typeof(AsymptoteSamples))
{
    [Fact]
    public Task Render_InfiniteLoop_TimesOutThenNextJobRenders() => AssertTimesOutThenRendersAsync("while(true) {}\n", AsymptoteSamples.Hello, "Recovered");

    [Fact]
    public Task Render_MemoryHog_IsMemoryFailure() => AssertFailsAsOneOfAsync("real[] a;\nwhile(true) a.append(sequence(1000000));\n", CliToolHarness.Fast with { MemoryMiB = 512 }, RenderFailureKind.Memory, RenderFailureKind.Timeout);

    [Fact]
    public async Task Render_HugeFigure_IsRejectedOrFails()
    {
        var result = await RenderAsync("unitsize(100cm);\ndraw((0,0)--(100,100));\n", CliToolHarness.Fast);

        Assert.False(result.Succeeded);
        Assert.InRange(result.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(6));
    }

    [Theory]
    [InlineData("file f = input(\"/etc/shadow\"); string s = f; label(s, (0,0));", "Cannot open file")]
    [InlineData("file f = output(\"/tmp/work/../cosyn-escape.txt\"); write(f, \"x\");", "Write to other directories disabled")]
    [InlineData("file f = output(\"/etc/cosyn-escape.txt\"); write(f, \"x\");", "Write to other directories disabled")]
    [InlineData("system(\"curl http://1.1.1.1 > /tmp/work/pwned\");", "system() call disabled")]
    public async Task Render_SafeModeViolations_AreRuntimeFailuresWithoutSideEffects(string code, string expected)
    {
        var result = await RenderAsync("size(3cm);\ndraw((0,0)--(1,1));\n" + code + "\n", CliToolHarness.Fast);

        CliToolHarness.AssertFails(result, RenderFailureKind.Runtime);
        Assert.Contains(expected, result.Failure!.Message, StringComparison.Ordinal);
        Assert.False(File.Exists("/etc/cosyn-escape.txt"));
        Assert.False(File.Exists(Path.Combine(CliToolHarness.WorkRoot, "cosyn-escape.txt")));
    }
}
