using Cosyn.Families.Documents;
using Cosyn.Families.Documents.Writers.Html;
using Cosyn.Tests.Rendering.Chromium;

namespace Cosyn.Tests.Families.Documents;

/// <summary>Renders every document-html kind in Chromium; the laid-out page text must hold the title, fields, cells and totals.</summary>
[Collection(ChromiumTests.Name)]
public sealed class DocumentHtmlRenderTests(ChromiumFixture fixture)
{
    [Fact]
    public async Task GeneratedPages_RenderForEveryKind_AndShowEveryValueAskedAbout()
    {
        var pipeline = new DocumentHtmlPipeline();
        var failures = new List<string>();
        foreach (var kind in pipeline.FigureTypes)
        {
            foreach (var seed in new long[] { 1, 2 })
            {
                var sample = DocumentSamples.Make(pipeline.Name, seed, kind);
                var options = new RenderOptions { Timeout = TimeSpan.FromSeconds(10), Width = 1000, Scale = 1 };
                var render = await fixture.Html.RenderWithTextAsync(ChromiumFixture.Request(ToolNames.Html, sample.Code, options), CancellationToken.None);
                if (!render.Result.Succeeded)
                {
                    failures.Add($"{kind} seed {seed}: {render.Result.Failure}");
                    continue;
                }

                var missing = DocumentVisibleText.Missing((DocumentSpec)sample.Data.Model, render.DomText ?? string.Empty);
                if (missing.Count > 0)
                {
                    failures.Add($"{kind} seed {seed}: not on the page: {string.Join(" | ", missing)}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
