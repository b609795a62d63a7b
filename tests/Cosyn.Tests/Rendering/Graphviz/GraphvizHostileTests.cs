using System.Text;
using Cosyn.Tests.Rendering.CliTools;

namespace Cosyn.Tests.Rendering.Graphviz;

public sealed class GraphvizHostileTests() : CliRendererTests(ToolNames.Graphviz, typeof(GraphvizSamples))
{
    private static string Chain(int nodes)
    {
        var dot = new StringBuilder("digraph { node [label=\"\"];\n");
        for (var i = 0; i < nodes; i++)
        {
            dot.Append('n').Append(i).Append(" -> n").Append(i + 1).Append(";\n");
        }

        return dot.Append("}\n").ToString();
    }

    [Fact]
    public async Task Render_HugeGraph_EndsWithinBoundThenNextJobRenders()
    {
        var result = await RenderAsync(Chain(1_000_000), CliToolHarness.Fast with { Timeout = TimeSpan.FromSeconds(3) });

        Assert.False(result.Succeeded);
        Assert.Contains(result.Failure!.Kind, new[] { RenderFailureKind.Timeout, RenderFailureKind.Memory, RenderFailureKind.Runtime });
        Assert.InRange(result.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(10));
        CliToolHarness.AssertRendersText(await RenderAsync(GraphvizSamples.StateMachine), "unlock");
    }

    [Fact]
    public async Task Render_SmallMemoryBound_IsMemoryOrTimeoutNotAHang()
    {
        var result = await RenderAsync(Chain(50_000), CliToolHarness.Fast with { MemoryMiB = 64 });

        Assert.False(result.Succeeded);
        Assert.Contains(result.Failure!.Kind, new[] { RenderFailureKind.Memory, RenderFailureKind.Timeout, RenderFailureKind.Runtime });
    }

    [Fact]
    public async Task Render_HugeDpi_IsBoundedBySizeNotMemory()
    {
        var result = await RenderAsync("digraph { dpi=20000; size=\"100,100!\"; a -> b }", CliToolHarness.Fast);

        Assert.True(result.Succeeded || result.Failure!.Kind is RenderFailureKind.ImageRejected or RenderFailureKind.Memory or RenderFailureKind.Timeout, result.Failure?.Message);
        Assert.InRange(result.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(15));
    }

    [Theory]
    [InlineData("image=\"/etc/passwd\"")]
    [InlineData("image=\"/usr/share/pixmaps/debian-logo.png\"")]
    [InlineData("shape=epsf, shapefile=\"/etc/shadow\"")]
    [InlineData("image=\"http://1.1.1.1/logo.png\"")]
    public async Task Render_ImageOutsideWorkDir_IsIgnoredWithoutLeaking(string attribute)
    {
        var result = await RenderAsync($"digraph {{ a [label=\"Secret Probe\", {attribute}]; a -> b; }}", CliToolHarness.Fast);

        var text = result.Succeeded ? CliToolHarness.Ocr(result.Png!) : result.Failure!.Message + result.Failure.LogExcerpt;
        Assert.DoesNotContain("root:", text, StringComparison.Ordinal);
        Assert.True(result.Succeeded, result.Failure?.Message);
    }
}
