using Cosyn.Tests.Rendering.Chromium;

namespace Cosyn.Tests.Rendering.VegaLite;

/// <summary>Vega-Lite reasons name the failing expression and keep the advice a dumped spec would push past the length cap.</summary>
[Collection(ChromiumTests.Name)]
public sealed class VegaLiteReasonTests(ChromiumFixture fixture)
{
    [Fact]
    public async Task Render_BadCalculateExpression_ReasonNamesTheExpression()
    {
        var spec = """{"data": {"values": [{"rain": 12}]}, "transform": [{"calculate": "datum.rain +* 2", "as": "double"}], "mark": "point", "encoding": {"x": {"field": "double", "type": "quantitative"}}}""";

        var result = await fixture.VegaLite.RenderAsync(ChromiumFixture.Request(ToolNames.VegaLite, spec), CancellationToken.None);

        Assert.Equal(RenderFailureKind.Syntax, result.Failure?.Kind);
        Assert.Equal("Vega-Lite: Unexpected token * in expression \"datum.rain +* 2\"", result.Failure!.Message);
    }

    [Fact]
    public async Task Render_NoMarkInALargeSpec_ReasonKeepsWhatToAdd()
    {
        var rows = string.Join(", ", Enumerable.Range(1, 60).Select(i => $$"""{"month": {{i}}, "rain": {{i * 3}}}"""));
        var spec = """{"data": {"values": [""" + rows + """]}, "encoding": {"x": {"field": "month", "type": "ordinal"}}}""";

        var result = await fixture.VegaLite.RenderAsync(ChromiumFixture.Request(ToolNames.VegaLite, spec), CancellationToken.None);

        Assert.Equal(RenderFailureKind.Syntax, result.Failure?.Kind);
        Assert.StartsWith("Vega-Lite: Invalid specification: Make sure the specification includes at least one of the following properties: \"mark\"", result.Failure!.Message, StringComparison.Ordinal);
    }
}
