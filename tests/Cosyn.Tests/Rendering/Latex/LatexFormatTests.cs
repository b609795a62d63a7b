using System.Security.Cryptography;
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

        // Every one of the four compiles read the format: none fell back to the full compile.
        Assert.Equal(4, formatted.FormatStats.Hits);
        Assert.Empty(formatted.FormatStats.Fallbacks);
        Assert.InRange(formatted.FormatStats.Builds, 1, 2);
        Assert.NotEmpty(Directory.GetDirectories(_cache.Path));
    }

    [Fact]
    public async Task Render_Default_UsesAFormat()
    {
        await using var renderer = new LatexRenderer(CliToolHarness.Options(new CliToolOptions()), new LatexFormatOptions { Directory = _cache.Path });

        var result = await CliToolHarness.RenderAsync(renderer, Code("math-latex", 3));

        Assert.True(result.Succeeded, result.Failure?.Message);
        Assert.Equal(1, renderer.FormatStats.Hits);
    }

    [Theory]
    [InlineData("truncated")]
    [InlineData("damaged")]
    public async Task Render_BrokenFormat_FallsBackOrRebuildsAndStillRenders(string damage)
    {
        await using var plain = Renderer(enabled: false);
        await using var formatted = Renderer(enabled: true);
        var code = Code("chart-latex", 3);
        var expected = await CliToolHarness.RenderAsync(plain, code);
        await CliToolHarness.RenderAsync(formatted, code);
        var format = Directory.GetFiles(_cache.Path, "doc.fmt", SearchOption.AllDirectories).Single();
        var bytes = File.ReadAllBytes(format);
        if (damage == "truncated")
        {
            // Cut short with a matching hash, so only pdflatex can notice: it cannot undump the format.
            bytes = bytes[..(bytes.Length / 2)];
            File.WriteAllText(Path.Combine(Path.GetDirectoryName(format)!, "doc.sha256"), Convert.ToHexStringLower(SHA256.HashData(bytes)));
        }
        else
        {
            // A byte pdftex would load without complaint: the hash catches it (a fresh renderer has not verified it).
            bytes[bytes.Length / 3] ^= 0x5a;
        }

        File.WriteAllBytes(format, bytes);
        await using var again = damage == "truncated" ? formatted : Renderer(enabled: true);
        var actual = await CliToolHarness.RenderAsync(again, code);

        Assert.True(actual.Succeeded, actual.Failure?.Message);
        Assert.Equal(expected.Png, actual.Png);
        Assert.Equal(1, again.FormatStats.DroppedFormats);
        if (damage == "truncated")
        {
            Assert.Equal(1, again.FormatStats.Fallbacks[LatexFormatFallback.BadFormat]);
        }
        else
        {
            // Dropped before use and built again: the document still compiled against a (new) format.
            Assert.Equal(1, again.FormatStats.Hits);
        }
    }

    [Fact]
    public async Task Render_NoPrecompilablePreamble_CountsTheFallback()
    {
        await using var formatted = Renderer(enabled: true);

        // \immediate in the preamble depends on the run, so the preamble is never precompiled.
        const string code = "\\documentclass[border=10pt]{standalone}\n\\usepackage{xcolor}\\immediate\\write16{hello}\n\\begin{document}\n\\Huge Precompiled or not\n\\end{document}\n";
        var result = await CliToolHarness.RenderAsync(formatted, code);

        Assert.True(result.Succeeded, result.Failure?.Message);
        Assert.Equal(1, formatted.FormatStats.Fallbacks[LatexFormatFallback.NoPreamble]);
        Assert.Equal(0, formatted.FormatStats.Hits);
    }

    [Fact]
    public async Task Render_SamePreambleAtOnce_PublishesOneFormatAndAllRender()
    {
        await using var formatted = Renderer(enabled: true);
        var code = Code("table-latex", 5);

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => CliToolHarness.RenderAsync(formatted, code)));

        Assert.All(results, r => Assert.True(r.Succeeded, r.Failure?.Message));
        Assert.All(results, r => Assert.Equal(results[0].Png, r.Png));
        Assert.Single(Directory.GetDirectories(_cache.Path), d => !Path.GetFileName(d).StartsWith('.'));
        // Two jobs at a time built the same preamble; the loser compiled against the winner's format.
        Assert.Equal(4, formatted.FormatStats.Hits);
        Assert.Empty(formatted.FormatStats.Fallbacks);
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

    [Fact]
    public void InstallationFiles_Default_ExistHere()
    {
        // The key tracks TeX Live through these files; if Debian moved them, the key would never change.
        var files = new LatexFormatOptions().InstallationFiles;

        Assert.True(File.Exists(files[0]), files[0]);
        Assert.True(File.Exists(files[1]), files[1]);
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
