using Cosyn.Tests.Rendering.CliTools;

namespace Cosyn.Tests.Rendering.Graphviz;

public sealed class GraphvizRendererTests() : CliRendererTests(ToolNames.Graphviz, typeof(GraphvizSamples))
{
    [Theory]
    [InlineData(nameof(GraphvizSamples.Flowchart), "Ship Package", "Backorder", "restocked")]
    [InlineData(nameof(GraphvizSamples.OrgChart), "Chief Executive", "Finance", "Operations", "Audit")]
    [InlineData(nameof(GraphvizSamples.StateMachine), "open", "close", "unlock")]
    [InlineData(nameof(GraphvizSamples.Records), "Customer", "Invoice", "quantity", "customer_id")]
    public Task Render_Sample_ShowsItsLabels(string sample, params string[] labels) => AssertShowsAsync(Sample(sample), labels);

    [Fact]
    public async Task Render_Clusters_ShowsClusterLabels() =>
        CliToolHarness.AssertRendersSomeText(await RenderAsync(GraphvizSamples.Clusters), 3, "Frontend", "Backend", "Browser", "Gateway", "Billing", "Orders", "Database");

    [Fact]
    public Task Render_SyntaxError_IsSyntaxWithLine() =>
        AssertReasonAsync("digraph {\n  a -> b;\n  b -> ;\n}\n", RenderFailureKind.Syntax, "syntax error in line 3 near ';'");

    [Fact]
    public async Task Render_BadHtmlLabel_IsSyntax()
    {
        var failure = await AssertFailsAsync("digraph { a [label=<<b>bold</b> <i>open>]; }", RenderFailureKind.Syntax);

        Assert.StartsWith("mismatched tag in line 1", failure.Message, StringComparison.Ordinal);
    }
}
