using Cosyn.Rendering.Layout;
using Cosyn.Tests.Rendering.Chromium;
using Cosyn.Tests.Rendering.Layout;

namespace Cosyn.Tests.Rendering.Plotly;

/// <summary>Plotly renders report their SVG text from the DOM, after the Python figure step.</summary>
[Collection(ChromiumTests.Name)]
public sealed class PlotlyLayoutTests(ChromiumFixture fixture)
{
    private const string Code = """
        import plotly.graph_objects as go
        fig = go.Figure(go.Bar(x=['North', 'South', 'East'], y=[4, 7, 5]))
        fig.update_layout(title='Regional sales', width=700, height=450)
        fig.add_annotation(x='South', y=6, text='Peak 7.0', showarrow=False, font=dict(size=18))
        fig.add_annotation(x='South', y=6.1, text='Peak 7.1', showarrow=False, font=dict(size=18))
        fig.show()
        """;

    [Fact]
    public async Task Render_AnnotationsOnOnePoint_Overlap_AndTickLabelsHaveInk()
    {
        var options = ChromiumFixture.Fast with { Timeout = TimeSpan.FromSeconds(20) };

        var (result, layout) = await LayoutAssert.RenderFinalAsync(fixture.Plotly, ChromiumFixture.Request(ToolNames.Plotly, Code, options));

        Assert.Equal(LayoutSource.Dom, layout.Source);
        LayoutAssert.Overlap(LayoutAssert.Single(layout, "Peak 7.0"), LayoutAssert.Single(layout, "Peak 7.1"));
        LayoutAssert.HasInk(result.Png!, LayoutAssert.Single(layout, "North"));
        LayoutAssert.HasInk(result.Png!, LayoutAssert.Single(layout, "Regional sales"));
    }
}
