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
}
