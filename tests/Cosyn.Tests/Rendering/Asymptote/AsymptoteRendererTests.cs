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
    public Task Render_NothingDrawn_IsNoOutput() => AssertFailsAsync("real x = 1;\n", RenderFailureKind.NoOutput);
}
