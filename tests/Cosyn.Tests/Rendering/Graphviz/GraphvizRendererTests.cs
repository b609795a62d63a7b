using Cosyn.Rendering.CliTools;
using Cosyn.Rendering.Graphviz;
using Cosyn.Tests.Rendering.CliTools;

namespace Cosyn.Tests.Rendering.Graphviz;

public sealed class GraphvizRendererTests : IAsyncDisposable
{
    private readonly GraphvizRenderer _sut = new(CliToolHarness.Options(new CliToolsSettings().Graphviz));

    [Fact]
    public async Task Render_Flowchart_ShowsNodesAndEdgeLabels() =>
        CliToolHarness.AssertRendersText(await CliToolHarness.RenderAsync(_sut, GraphvizSamples.Flowchart), "Ship Package", "Backorder", "restocked");

    [Fact]
    public async Task Render_OrgChart_ShowsUnits() =>
        CliToolHarness.AssertRendersText(await CliToolHarness.RenderAsync(_sut, GraphvizSamples.OrgChart), "Chief Executive", "Finance", "Operations", "Audit");

    [Fact]
    public async Task Render_StateMachine_ShowsStatesAndTransitions() =>
        CliToolHarness.AssertRendersText(await CliToolHarness.RenderAsync(_sut, GraphvizSamples.StateMachine), "open", "close", "unlock");

    [Fact]
    public async Task Render_Clusters_ShowsClusterLabels() =>
        CliToolHarness.AssertRendersSomeText(await CliToolHarness.RenderAsync(_sut, GraphvizSamples.Clusters), 3, "Frontend", "Backend", "Browser", "Gateway", "Billing", "Orders", "Database");

    [Fact]
    public async Task Render_RecordShapes_ShowsFields() =>
        CliToolHarness.AssertRendersText(await CliToolHarness.RenderAsync(_sut, GraphvizSamples.Records), "Customer", "Invoice", "quantity", "customer_id");

    [Fact]
    public async Task Render_SyntaxError_IsSyntaxWithLine()
    {
        var result = await CliToolHarness.RenderAsync(_sut, "digraph {\n  a -> b;\n  b -> ;\n}\n");

        CliToolHarness.AssertFails(result, RenderFailureKind.Syntax);
        Assert.Equal("syntax error in line 3 near ';'", result.Failure!.Message);
    }

    [Fact]
    public async Task Render_BadHtmlLabel_IsSyntax()
    {
        var result = await CliToolHarness.RenderAsync(_sut, "digraph { a [label=<<b>bold</b> <i>open>]; }");

        CliToolHarness.AssertFails(result, RenderFailureKind.Syntax);
        Assert.StartsWith("mismatched tag in line 1", result.Failure!.Message, StringComparison.Ordinal);
    }

    public ValueTask DisposeAsync() => _sut.DisposeAsync();
}
