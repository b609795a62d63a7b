using Cosyn.Rendering.Asymptote;
using Cosyn.Rendering.CliTools;
using Cosyn.Tests.Rendering.CliTools;

namespace Cosyn.Tests.Rendering.Asymptote;

public sealed class AsymptoteRendererTests : IAsyncDisposable
{
    private readonly AsymptoteRenderer _sut = new(CliToolHarness.Options(new CliToolsSettings().Asymptote));

    [Fact]
    public async Task Render_TriangleWithLabels_ShowsLabels() =>
        CliToolHarness.AssertRendersText(await CliToolHarness.RenderAsync(_sut, AsymptoteSamples.Triangle), "Triangle ABC", "cm");

    [Fact]
    public async Task Render_CircleWithAngle_ShowsLabels() =>
        CliToolHarness.AssertRendersText(await CliToolHarness.RenderAsync(_sut, AsymptoteSamples.CircleAngle), "Central Angle");

    [Fact]
    public async Task Render_FunctionGraph_ShowsAxisLabels() =>
        CliToolHarness.AssertRendersText(await CliToolHarness.RenderAsync(_sut, AsymptoteSamples.FunctionGraph), "Time", "Height", "Parabola");

    [Fact]
    public async Task Render_Polygon_ShowsLabels() =>
        CliToolHarness.AssertRendersText(await CliToolHarness.RenderAsync(_sut, AsymptoteSamples.Polygon), "Regular Hexagon", "side 1");

    [Fact]
    public async Task Render_ThreeDimensionalSolid_RendersAsVector() =>
        CliToolHarness.AssertRendersText(await CliToolHarness.RenderAsync(_sut, AsymptoteSamples.Cube), "Unit Cube");

    [Fact]
    public async Task Render_UndefinedVariable_IsSyntaxWithLine()
    {
        var result = await CliToolHarness.RenderAsync(_sut, "size(5cm);\ndraw((0,0)--(1,1));\nreal y = x + 1;\n");

        CliToolHarness.AssertFails(result, RenderFailureKind.Syntax);
        Assert.Equal("no matching variable 'x' (line 3, column 10)", result.Failure!.Message);
        Assert.Contains("real y = x + 1;", result.Failure.LogExcerpt, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_IndexOutOfBounds_IsRuntimeWithLine()
    {
        var result = await CliToolHarness.RenderAsync(_sut, "size(5cm);\nint[] a = {1, 2};\ndraw((0,0)--(a[5],1));\n");

        CliToolHarness.AssertFails(result, RenderFailureKind.Runtime);
        Assert.Contains("out-of-bounds index 5 (line 3", result.Failure!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_NothingDrawn_IsNoOutput() =>
        CliToolHarness.AssertFails(await CliToolHarness.RenderAsync(_sut, "real x = 1;\n"), RenderFailureKind.NoOutput);

    public ValueTask DisposeAsync() => _sut.DisposeAsync();
}
