using Cosyn.Tests.Rendering.CliTools;

namespace Cosyn.Tests.Rendering.Asymptote;

public sealed class AsymptoteRendererTests() : CliRendererTests(ToolNames.Asymptote, typeof(AsymptoteSamples))
{
    [Theory]
    [InlineData(nameof(AsymptoteSamples.Triangle), "Triangle ABC", "cm")]
    [InlineData(nameof(AsymptoteSamples.CircleAngle), "Central Angle")]
    [InlineData(nameof(AsymptoteSamples.FunctionGraph), "Time", "Height", "Parabola")]
    [InlineData(nameof(AsymptoteSamples.Polygon), "Regular Hexagon", "side 1")]
    [InlineData(nameof(AsymptoteSamples.Cube), "Unit Cube")] // 3-D, drawn as vector PDF
    public Task Render_Sample_ShowsItsLabels(string sample, params string[] labels) => AssertShowsAsync(Sample(sample), labels);

    [Fact]
    public async Task Render_UndefinedVariable_IsSyntaxWithLine()
    {
        var failure = await AssertFailsAsync("size(5cm);\ndraw((0,0)--(1,1));\nreal y = x + 1;\n", RenderFailureKind.Syntax);

        Assert.Equal("no matching variable 'x' (line 3, column 10)", failure.Message);
        Assert.Contains("real y = x + 1;", failure.LogExcerpt, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_IndexOutOfBounds_IsRuntimeWithLine()
    {
        var failure = await AssertFailsAsync("size(5cm);\nint[] a = {1, 2};\ndraw((0,0)--(a[5],1));\n", RenderFailureKind.Runtime);

        Assert.Contains("out-of-bounds index 5 (line 3", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public Task Render_NothingDrawn_IsNoOutput() => AssertFailsAsync("real x = 1;\n", RenderFailureKind.NoOutput);
}
