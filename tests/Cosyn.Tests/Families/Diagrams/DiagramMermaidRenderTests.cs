using Cosyn.Tests.Rendering.Chromium;

namespace Cosyn.Tests.Families.Diagrams;

/// <summary>Generated Mermaid renders in the warm Chromium page at a legible size, and its SVG text holds every label of the data.</summary>
[Collection(ChromiumTests.Name)]
public sealed class DiagramMermaidRenderTests(ChromiumFixture fixture)
{
    public static TheoryData<string, int> Cases()
    {
        var data = new TheoryData<string, int>();
        foreach (var figureType in DiagramSamples.Pipeline("diagram-mermaid").FigureTypes)
        {
            data.Add(figureType, 11);
            data.Add(figureType, 23);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Mermaid_Renders_AndSvgShowsEveryLabel(string figureType, int seed)
    {
        var sample = DiagramSamples.Make("diagram-mermaid", seed, figureType);
        var options = new RenderOptions { Timeout = TimeSpan.FromSeconds(20), Width = 1000, Scale = 1 };
        var render = await fixture.Mermaid.RenderWithMarkupAsync(ChromiumFixture.Request(ToolNames.Mermaid, sample.Code, options), CancellationToken.None);

        Assert.True(render.Result.Succeeded, render.Result.Failure?.ToString());
        var missing = DiagramLabels.Missing(sample.Data.Text, DiagramLabels.FromMarkup(render.DomText!));
        Assert.True(missing.Count == 0, $"not in the SVG: {string.Join(" | ", missing)}");
        using var image = TestImages.Decode(render.Result.Png!);
        Assert.True(Math.Min(image.Width, image.Height) >= 128 && Math.Max(image.Width, image.Height) <= 5 * Math.Min(image.Width, image.Height), $"{figureType}: {image.Width}x{image.Height}");
    }
}
