using Cosyn.Tests.Rendering.CliTools;

namespace Cosyn.Tests.Rendering.Latex;

public sealed class LatexHostileTests() : CliRendererTests(ToolNames.Latex, typeof(LatexSamples))
{
    private static string Doc(string body) => $"\\documentclass{{article}}\n\\begin{{document}}\nx\n{body}\n\\end{{document}}\n";

    [Fact]
    public Task Render_InfiniteLoop_TimesOutThenNextJobRenders() => AssertTimesOutThenRendersAsync(Doc("\\loop\\iftrue\\repeat"), LatexSamples.Hello, "Recovery");

    [Fact]
    public async Task Render_MemoryHog_IsMemoryFailure()
    {
        var result = await RenderAsync(Doc("\\def\\a{a\\a}\\edef\\b{\\a}"), CliToolHarness.Fast);

        CliToolHarness.AssertFails(result, RenderFailureKind.Memory);
        Assert.StartsWith("TeX capacity exceeded", result.Failure!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_HugePage_IsRejectedNotRasterisedAtFullSize()
    {
        var code = "\\documentclass{standalone}\n\\begin{document}\n\\rule{220in}{220in}\n\\end{document}\n";

        var result = await RenderAsync(code, CliToolHarness.Fast);

        CliToolHarness.AssertFails(result, RenderFailureKind.ImageRejected);
    }

    [Fact]
    public async Task Render_ShellEscapeAndPipeInput_DoNothing()
    {
        var marker = Path.Combine(CliToolHarness.WorkRoot, $"pwned-{Guid.NewGuid():N}");
        var code = Doc($"\\immediate\\write18{{touch {marker}; curl http://1.1.1.1}}\n\\input{{|\"touch {marker}\"}}");

        var result = await RenderAsync(code, CliToolHarness.Fast);

        CliToolHarness.AssertFails(result, RenderFailureKind.Runtime);
        Assert.Contains("not found", result.Failure!.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(marker));
    }

    [Theory]
    [InlineData("/tmp/work/../../etc/cosyn-escape.txt")]
    [InlineData("../cosyn-escape.txt")]
    [InlineData("/tmp/cosyn-escape.txt")]
    public async Task Render_OpenoutOutsideWorkDir_IsRefused(string target)
    {
        var result = await RenderAsync(Doc($"\\immediate\\openout5={target}\n\\immediate\\write5{{escaped}}"), CliToolHarness.Fast);

        CliToolHarness.AssertFails(result, RenderFailureKind.Runtime);
        Assert.Contains("I can't write on file", result.Failure!.Message, StringComparison.Ordinal);
        Assert.False(File.Exists("/etc/cosyn-escape.txt"));
        Assert.False(File.Exists("/tmp/cosyn-escape.txt"));
        Assert.False(File.Exists(Path.Combine(CliToolHarness.WorkRoot, "cosyn-escape.txt")));
    }

    [Fact]
    public async Task Render_InputOfSystemFile_IsRefused()
    {
        var result = await RenderAsync(Doc("\\input{/etc/passwd}"), CliToolHarness.Fast);

        CliToolHarness.AssertFails(result, RenderFailureKind.Runtime);
    }
}
