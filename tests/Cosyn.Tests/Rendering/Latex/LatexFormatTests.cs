using Cosyn.Catalog;
using Cosyn.Rendering.CliTools;
using Cosyn.Rendering.Latex;
using Cosyn.Synthesis.Procedural;
using Cosyn.Tests.Families.Charts;
using Cosyn.Tests.Rendering.CliTools;

namespace Cosyn.Tests.Rendering.Latex;

/// <summary>Real pdflatex: a document compiled against its preamble's format gives the same image as from scratch.</summary>
public sealed class LatexFormatTests : IDisposable
{
    private readonly TempDirectory _cache = new();

    public LatexFormatTests() => RequiredTool.For(ToolNames.Latex);

    [Theory]
    [InlineData("chart-latex")]
    [InlineData("table-latex")]
    [InlineData("document-latex")]
    [InlineData("math-latex")]
    [InlineData("circuit-latex")]
    [InlineData("diagram-latex")]
    public async Task Render_WithFormat_SameImageAsFromScratch(string pipeline)
    {
        await using var plain = Renderer(enabled: false);
        await using var formatted = Renderer(enabled: true);
        foreach (var seed in new long[] { 3, 11 })
        {
            var code = Code(pipeline, seed);
            var scratch = await CliToolHarness.RenderAsync(plain, code);
            var built = await CliToolHarness.RenderAsync(formatted, code);
            var reused = await CliToolHarness.RenderAsync(formatted, code);

            Assert.True(scratch.Succeeded, scratch.Failure?.Message);
            Assert.Equal(scratch.Png, built.Png);
            Assert.Equal(scratch.Png, reused.Png);
        }

        Assert.NotEmpty(Directory.GetDirectories(_cache.Path));
    }

    [Fact]
    public async Task Render_SamePreambleAtOnce_PublishesOneFormatAndAllRender()
    {
        await using var formatted = Renderer(enabled: true);
        var code = Code("table-latex", 5);

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => CliToolHarness.RenderAsync(formatted, code)));

        Assert.All(results, r => Assert.True(r.Succeeded, r.Failure?.Message));
        Assert.Single(Directory.GetDirectories(_cache.Path), d => !Path.GetFileName(d).StartsWith('.'));
    }

    [Fact]
    public async Task Render_ErrorAfterThePreamble_ReportsItAsTheScratchCompileDoes()
    {
        await using var plain = Renderer(enabled: false);
        await using var formatted = Renderer(enabled: true);
        const string code = "\\documentclass{article}\n\\usepackage{xcolor}\n\\begin{document}\nHello \\foo world\n\\end{document}\n";

        var expected = await CliToolHarness.RenderAsync(plain, code);
        var actual = await CliToolHarness.RenderAsync(formatted, code);

        Assert.Equal("Undefined control sequence \\foo (line 4)", actual.Failure?.Message);
        Assert.Equal(expected.Failure, actual.Failure);
    }

    [Fact]
    public void Key_ChangedInstallation_IsADifferentKey()
    {
        var stamp = _cache.Write("pdflatex.fmt", "one");
        var before = new LatexFormatCache(new LatexFormatOptions { Directory = _cache.Path, InstallationFiles = [stamp] }).Key("pdflatex", "\\documentclass{article}");
        File.SetLastWriteTimeUtc(stamp, DateTime.UtcNow.AddMinutes(5));

        var after = new LatexFormatCache(new LatexFormatOptions { Directory = _cache.Path, InstallationFiles = [stamp] }).Key("pdflatex", "\\documentclass{article}");

        Assert.NotEqual(before, after);
    }

    public void Dispose() => _cache.Dispose();

    private LatexRenderer Renderer(bool enabled) =>
        new(CliToolHarness.Options(new CliToolOptions()), new LatexFormatOptions { Enabled = enabled, Directory = _cache.Path });

    private static string Code(string pipeline, long seed)
    {
        var procedural = ProceduralPipelines.All.First(p => p.Name == pipeline);
        return ProceduralSample.Make(procedural, ChartSamples.Ticket(seed, pipeline: pipeline)).Code;
    }
}
