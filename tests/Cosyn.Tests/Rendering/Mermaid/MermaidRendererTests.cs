using Cosyn.Tests.Rendering.Chromium;

namespace Cosyn.Tests.Rendering.Mermaid;

[Collection(ChromiumTests.Name)]
public sealed class MermaidRendererTests(ChromiumFixture fixture)
{
    public static TheoryData<string, string[]> Diagrams => new()
    {
        { "flowchart TD\n  A[Receive order] --> B{In stock?}\n  B -->|yes| C[Ship parcel]\n  B -->|no| D[Backorder]", ["Receive order", "In stock?", "Ship parcel", "Backorder"] },
        { "sequenceDiagram\n  participant Client\n  participant Server\n  Client->>Server: GET /invoice\n  Server-->>Client: 200 OK", ["Client", "Server", "GET /invoice", "200 OK"] },
        { "gantt\n  title Launch plan\n  dateFormat YYYY-MM-DD\n  section Build\n  Prototype :a1, 2024-01-01, 10d\n  Beta test :after a1, 7d", ["Launch plan", "Prototype", "Beta test"] },
        { "classDiagram\n  class Invoice {\n    +int number\n    +total() float\n  }\n  Invoice <|-- CreditNote", ["Invoice", "CreditNote", "total()"] },
        { "mindmap\n  root((Solar system))\n    Planets\n      Mars\n    Moons\n      Europa", ["Solar system", "Planets", "Mars", "Europa"] },
    };

    [Theory]
    [MemberData(nameof(Diagrams))]
    public async Task Render_Diagram_SvgHasItsLabels(string code, string[] labels)
    {
        var render = await fixture.Mermaid.RenderWithMarkupAsync(ChromiumFixture.Request(ToolNames.Mermaid, code), CancellationToken.None);

        Assert.True(render.Result.Succeeded, render.Result.Failure?.ToString());
        Assert.All(labels, l => Assert.Contains(System.Net.WebUtility.HtmlEncode(l).Replace("&#39;", "'", StringComparison.Ordinal), render.DomText, StringComparison.Ordinal));
        using var image = TestImages.Decode(render.Result.Png!);
        Assert.True(image.Width > 100 && image.Height > 50, $"{image.Width}x{image.Height}");
    }

    [Fact]
    public async Task Render_ParseError_IsSyntaxWithLineInfo()
    {
        var render = await fixture.Mermaid.RenderAsync(ChromiumFixture.Request(ToolNames.Mermaid, "flowchart TD\n  A --> B\n  B --> ((("), CancellationToken.None);

        Assert.Equal(RenderFailureKind.Syntax, render.Failure?.Kind);
        Assert.Contains("line 3", render.Failure!.Message + render.Failure.LogExcerpt, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Render_AfterParseError_NextDiagramRenders()
    {
        await fixture.Mermaid.RenderAsync(ChromiumFixture.Request(ToolNames.Mermaid, "not a diagram"), CancellationToken.None);

        var render = await fixture.Mermaid.RenderAsync(ChromiumFixture.Request(ToolNames.Mermaid, "flowchart LR\n  X --> Y"), CancellationToken.None);

        Assert.True(render.Succeeded, render.Failure?.ToString());
    }
}
