using Cosyn.Tests.Rendering.Chromium;

namespace Cosyn.Tests.Rendering.Plotly;

[Collection(ChromiumTests.Name)]
public sealed class PlotlyRendererTests(ChromiumFixture fixture)
{
    public static TheoryData<string, string[]> Figures => new()
    {
        { PlotlyFigures.Bar, ["City population", "Norwegian city", "Bergen"] },
        { PlotlyFigures.Line, ["GDP growth", "Fiscal year"] },
        { PlotlyFigures.Pie, ["Monthly budget", "Rent", "Travel"] },
        { PlotlyFigures.Scatter, ["Dose mg", "Response", "Trial B"] },
        { PlotlyFigures.Table, ["Moons per planet", "Planet", "Jupiter"] },
    };

    [Theory]
    [MemberData(nameof(Figures))]
    public async Task RenderFigure_Json_SvgHasItsLabels(string json, string[] labels)
    {
        var render = await fixture.Plotly.RenderFigureAsync(json, ChromiumFixture.Fast, captureMarkup: true, CancellationToken.None);

        Assert.True(render.Result.Succeeded, render.Result.Failure?.ToString());
        Assert.All(labels, l => Assert.Contains(l, render.DomText, StringComparison.Ordinal));
    }

    [Fact]
    public async Task RenderFigure_NotAFigure_IsSyntax()
    {
        var render = await fixture.Plotly.RenderFigureAsync("{\"layout\": {}}", ChromiumFixture.Fast, captureMarkup: false, CancellationToken.None);

        Assert.Equal(RenderFailureKind.Syntax, render.Result.Failure?.Kind);
    }

    [Fact]
    public async Task Render_PythonCode_BuildsFigureAndDrawsIt()
    {
        var code = "import plotly.express as px\nfig = px.bar(x=['North', 'South'], y=[4, 7], title='Regional sales')\nfig.show()\n";

        var render = await fixture.Plotly.RenderAsync(ChromiumFixture.Request(ToolNames.Plotly, code, ChromiumFixture.Fast with { Timeout = TimeSpan.FromSeconds(20) }), CancellationToken.None);

        Assert.True(render.Succeeded, render.Failure?.ToString());
    }

    [Fact]
    public async Task Render_PythonError_IsRuntimeWithLine()
    {
        var code = "import plotly.graph_objects as go\nfig = go.Figure()\nfig.add_trace(go.Bar(x=[1], y=undefined_name))\n";

        var render = await fixture.Plotly.RenderAsync(ChromiumFixture.Request(ToolNames.Plotly, code, ChromiumFixture.Fast with { Timeout = TimeSpan.FromSeconds(20) }), CancellationToken.None);

        Assert.Equal(RenderFailureKind.Runtime, render.Failure?.Kind);
        Assert.Contains("NameError", render.Failure!.Message, StringComparison.Ordinal);
        Assert.Contains("line 3", render.Failure.Message, StringComparison.Ordinal);
    }
}
