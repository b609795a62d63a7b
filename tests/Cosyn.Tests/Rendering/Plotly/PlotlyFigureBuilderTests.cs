using Cosyn.Tests.Rendering.Matplotlib;

namespace Cosyn.Tests.Rendering.Plotly;

public sealed class PlotlyFigureBuilderTests(PlotlyFixture fixture) : IClassFixture<PlotlyFixture>
{
    [Theory]
    [InlineData(nameof(PlotlyScripts.GoBarShow), "bar", "Quarterly Revenue", "Quarter", "Revenue (kUSD)")]
    [InlineData(nameof(PlotlyScripts.PxLineWriteImage), "scatter", "Monthly Visitors", "Month", "Visitors")]
    [InlineData(nameof(PlotlyScripts.PxScatterNoShow), "scatter", "Height vs Weight", "Height (cm)", "Weight (kg)")]
    public async Task Build_CartesianChart_JsonHasTraceTitleAndAxisLabels(string script, string traceType, string title, string xTitle, string yTitle)
    {
        using var figure = await BuildFigureAsync(script);

        var root = figure.RootElement;
        Assert.Equal(traceType, root.GetProperty("data")[0].GetProperty("type").GetString());
        var layout = root.GetProperty("layout");
        Assert.Equal(title, layout.GetProperty("title").GetProperty("text").GetString());
        Assert.Equal(xTitle, layout.GetProperty("xaxis").GetProperty("title").GetProperty("text").GetString());
        Assert.Equal(yTitle, layout.GetProperty("yaxis").GetProperty("title").GetProperty("text").GetString());
    }

    [Fact]
    public async Task Build_GoBar_KeepsDataValues()
    {
        using var figure = await BuildFigureAsync(nameof(PlotlyScripts.GoBarShow));

        var bar = figure.RootElement.GetProperty("data")[0];
        Assert.Equal(["Q1", "Q2", "Q3", "Q4"], bar.GetProperty("x").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal([120, 135, 150, 170], bar.GetProperty("y").EnumerateArray().Select(e => e.GetInt32()));
    }

    [Fact]
    public async Task Build_PxScatterWithColour_HasOneTracePerGroup()
    {
        using var figure = await BuildFigureAsync(nameof(PlotlyScripts.PxScatterNoShow));

        var names = figure.RootElement.GetProperty("data").EnumerateArray().Select(t => t.GetProperty("name").GetString());
        Assert.Equal(["F", "M"], names);
    }

    [Fact]
    public async Task Build_PieInBareFig_HasLabelsAndTitle()
    {
        using var figure = await BuildFigureAsync(nameof(PlotlyScripts.GoPieBareFig));

        var pie = figure.RootElement.GetProperty("data")[0];
        Assert.Equal("pie", pie.GetProperty("type").GetString());
        Assert.Equal(["Chrome", "Safari", "Firefox", "Edge"], pie.GetProperty("labels").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("Browser Market Share", figure.RootElement.GetProperty("layout").GetProperty("title").GetProperty("text").GetString());
    }

    [Fact]
    public async Task Build_TableWrittenInsideFunction_CapturedThroughWriteHtml()
    {
        using var figure = await BuildFigureAsync(nameof(PlotlyScripts.GoTableWriteHtmlToImage));

        var table = figure.RootElement.GetProperty("data")[0];
        Assert.Equal("table", table.GetProperty("type").GetString());
        Assert.Equal(["Element", "Symbol", "Atomic Number"], table.GetProperty("header").GetProperty("values").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains("Helium", table.GetProperty("cells").GetProperty("values").GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_SameCodeTwice_SameJson()
    {
        var first = await fixture.BuildAsync(PlotlyScripts.PxScatterNoShow);
        var second = await fixture.BuildAsync(PlotlyScripts.PxScatterNoShow);

        Assert.NotNull(first.FigureJson);
        Assert.Equal(first.FigureJson, second.FigureJson);
    }

    [Fact]
    public async Task Build_NoFigure_ReportsNoOutput()
    {
        var result = await fixture.BuildAsync(PlotlyScripts.NoFigure);

        Assert.Null(result.FigureJson);
        Assert.Equal(RenderFailureKind.NoOutput, result.Failure?.Kind);
        Assert.Equal(ToolNames.Plotly, result.Failure!.Tool);
    }

    [Fact]
    public async Task Build_SyntaxError_ReportsSyntaxWithLine()
    {
        var result = await fixture.BuildAsync(PlotlyScripts.SyntaxError);

        Assert.Equal(RenderFailureKind.Syntax, result.Failure?.Kind);
        Assert.Matches(@"^SyntaxError: .*\(line 2\)$", result.Failure!.Message);
    }

    [Fact]
    public async Task Build_InvalidProperty_ReportsRuntimeNamingIt()
    {
        var result = await fixture.BuildAsync(PlotlyScripts.BadProperty);

        Assert.Equal(RenderFailureKind.Runtime, result.Failure?.Kind);
        Assert.StartsWith("ValueError", result.Failure!.Message, StringComparison.Ordinal);
        Assert.Contains("'colour'", result.Failure.Message, StringComparison.Ordinal);
        Assert.Contains("Did you mean", result.Failure.Message, StringComparison.Ordinal);
        Assert.True(result.Failure.Message.Length < 300, result.Failure.Message);
        Assert.Contains("go.Bar(", result.Failure.LogExcerpt, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_InfiniteLoop_TimesOutAndNextBuildWorks()
    {
        var result = await fixture.BuildAsync("import plotly.graph_objects as go\nwhile True:\n    go.Figure()\n");

        Assert.Equal(RenderFailureKind.Timeout, result.Failure?.Kind);
        var next = await fixture.BuildAsync(PlotlyScripts.GoPieBareFig);
        Assert.NotNull(next.FigureJson);
    }

    [Fact]
    public async Task Build_JsonLargerThanLimit_IsRejected()
    {
        var code = "import plotly.graph_objects as go\nfig = go.Figure(go.Scatter(y=list(range(200000))))\n";

        var result = await fixture.BuildAsync(code, MatplotlibFixture.Fast with { MaxOutputBytes = 100_000 });

        Assert.Equal(RenderFailureKind.ImageRejected, result.Failure?.Kind);
    }

    private async Task<JsonDocument> BuildFigureAsync(string script)
    {
        var code = (string)typeof(PlotlyScripts).GetField(script)!.GetValue(null)!;
        var result = await fixture.BuildAsync(code);
        Assert.True(result.FigureJson is not null, $"{result.Failure?.Kind}: {result.Failure?.Message}\n{result.Failure?.LogExcerpt}");
        return JsonDocument.Parse(result.FigureJson);
    }
}
