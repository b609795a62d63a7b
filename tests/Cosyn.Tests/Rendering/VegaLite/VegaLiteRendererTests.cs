using Cosyn.Tests.Rendering.Chromium;

namespace Cosyn.Tests.Rendering.VegaLite;

[Collection(ChromiumTests.Name)]
public sealed class VegaLiteRendererTests(ChromiumFixture fixture)
{
    public static TheoryData<string, string[]> Specs => new()
    {
        { VegaLiteSpecs.Bar, ["Fruit kind", "Crates sold", "Pears", "Fruit sales"] },
        { VegaLiteSpecs.Line, ["Year observed", "Mean temperature", "2021"] },
        { VegaLiteSpecs.Layered, ["Month", "Rainfall mm", "Feb"] },
        { VegaLiteSpecs.Faceted, ["City office", "Lyon", "Nice", "Deals closed"] },
        { VegaLiteSpecs.Scatter, ["Height cm", "Weight kg", "Group"] },
    };

    [Theory]
    [MemberData(nameof(Specs))]
    public async Task Render_Spec_SvgHasAxisTitles(string spec, string[] texts)
    {
        var render = await fixture.VegaLite.RenderWithMarkupAsync(ChromiumFixture.Request(ToolNames.VegaLite, spec), CancellationToken.None);

        Assert.True(render.Result.Succeeded, render.Result.Failure?.ToString());
        Assert.All(texts, t => Assert.Contains(t, render.DomText, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Render_InvalidJson_IsSyntaxWithPosition()
    {
        var render = await fixture.VegaLite.RenderAsync(ChromiumFixture.Request(ToolNames.VegaLite, "{\"mark\": \"bar\",\n \"encoding\": {,}}"), CancellationToken.None);

        Assert.Equal(RenderFailureKind.Syntax, render.Failure?.Kind);
        Assert.Contains("invalid JSON", render.Failure!.Message, StringComparison.Ordinal);
        Assert.Contains("line 2", render.Failure.LogExcerpt, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_InvalidMark_ReportsVegaLiteMessage()
    {
        var render = await fixture.VegaLite.RenderAsync(ChromiumFixture.Request(ToolNames.VegaLite, "{\"data\": {\"values\": [{\"a\": 1}]}, \"mark\": \"pyramid\", \"encoding\": {}}"), CancellationToken.None);

        Assert.Equal(RenderFailureKind.Syntax, render.Failure?.Kind);
        Assert.StartsWith("Vega-Lite: ", render.Failure!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_RemoteDataUrl_FailsClearlyWithoutFetching()
    {
        var spec = "{\"data\": {\"url\": \"https://vega.github.io/vega-datasets/data/cars.json\"}, \"mark\": \"point\", \"encoding\": {\"x\": {\"field\": \"Horsepower\", \"type\": \"quantitative\"}}}";

        var render = await fixture.VegaLite.RenderAsync(ChromiumFixture.Request(ToolNames.VegaLite, spec), CancellationToken.None);

        Assert.Equal(RenderFailureKind.Runtime, render.Failure?.Kind);
        Assert.Contains("not available offline", render.Failure!.Message, StringComparison.Ordinal);
    }
}
