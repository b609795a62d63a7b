using Cosyn.Rendering.Images;
using Cosyn.Rendering.Layout;
using Cosyn.Tests.Rendering.Chromium;
using Cosyn.Tests.Rendering.Layout;

namespace Cosyn.Tests.Rendering.Mermaid;

/// <summary>
/// Mermaid draws at the diagram's natural size (not shrunk to a third by width="100%"), so at the default scale its
/// text is legible: median text height at least the policy's 12 px, and OCR reads the labels. Inputs written for these tests.
/// </summary>
[Collection(ChromiumTests.Name)]
public sealed class MermaidLegibilityTests(ChromiumFixture fixture)
{
    private static readonly RenderOptions Default = new();

    public static TheoryData<string, string, string[]> Diagrams => new()
    {
        {
            "sequence",
            "sequenceDiagram\n  participant Kiosk\n  participant Ledger\n  Kiosk->>Ledger: reserve seat\n  Ledger-->>Kiosk: hold granted\n  Kiosk->>Ledger: charge card\n  Ledger-->>Kiosk: receipt issued\n  Kiosk->>Ledger: print pass\n  Ledger-->>Kiosk: done",
            ["Kiosk", "Ledger", "reserve", "receipt"]
        },
        {
            "mindmap",
            "mindmap\n  root((Beekeeping))\n    Hives\n      Langstroth\n      Warre\n    Seasons\n      Swarming\n      Wintering\n    Harvest\n      Honey\n      Wax",
            ["Beekeeping", "Hives", "Swarming", "Harvest"]
        },
        {
            "gantt",
            "gantt\n  title Greenhouse build\n  dateFormat YYYY-MM-DD\n  section Groundwork\n  Survey plot :a1, 2025-03-01, 6d\n  Pour footings :a2, after a1, 5d\n  section Frame\n  Raise frame :b1, after a2, 8d\n  Glaze panels :b2, after b1, 6d",
            ["Greenhouse", "Survey", "footings", "Glaze"]
        },
        {
            "flowchart",
            "flowchart TD\n  A[Sort the mail] --> B{Parcel?}\n  B -->|yes| C[Weigh parcel]\n  B -->|no| D[Stamp letter]\n  C --> E[Load van]\n  D --> E",
            ["Sort", "mail", "Weigh", "Stamp", "Load"]
        },
    };

    [Theory]
    [MemberData(nameof(Diagrams))]
    public async Task Render_DefaultScale_TextAtLeastTwelvePixelsAndReadable(string kind, string code, string[] words)
    {
        var (result, layout) = await LayoutAssert.RenderFinalAsync(fixture.Mermaid, ChromiumFixture.Request(ToolNames.Mermaid, code, Default));

        var median = TextHeights.Median(layout);
        Assert.True(median >= ImagePolicy.Default.MinTextHeight, $"{kind}: median text {median:0.0} px; {LayoutAssert.Describe(layout)}");
        foreach (var word in words)
        {
            Assert.Contains(word, await ReadWhereDrawnAsync(result.Png!, layout, word), StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task Render_OneNodeFlowchart_PaddedNotRejected()
    {
        var (result, layout) = await LayoutAssert.RenderFinalAsync(fixture.Mermaid, ChromiumFixture.Request(ToolNames.Mermaid, "flowchart LR\n  A[Closed]", Default));

        using var image = TestImages.Decode(result.Png!);
        Assert.Equal(ImagePolicy.Default.MinShortSide, Math.Min(image.Width, image.Height));
        Assert.Contains("Closed", await ReadWhereDrawnAsync(result.Png!, layout, "Closed"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_LongThinChain_Accepted()
    {
        var code = "flowchart LR\n  " + string.Join(" --> ", Enumerable.Range(1, 8).Select(i => $"S{i}[Step {i}]"));

        var (result, layout) = await LayoutAssert.RenderFinalAsync(fixture.Mermaid, ChromiumFixture.Request(ToolNames.Mermaid, code, Default));

        Assert.True(layout.ImageWidth > 6 * layout.ImageHeight, $"{layout.ImageWidth} x {layout.ImageHeight}");
        Assert.True(TextHeights.Median(layout) >= ImagePolicy.Default.MinTextHeight, LayoutAssert.Describe(layout));
        Assert.Contains("Step 8", await ReadWhereDrawnAsync(result.Png!, layout, "Step 8"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_TooWideToBeLegible_FailsSayingWhatToChange()
    {
        var code = "flowchart LR\n  " + string.Join(" --> ", Enumerable.Range(1, 60).Select(i => $"S{i}[Stage number {i}]"));

        var result = await fixture.Mermaid.RenderAsync(ChromiumFixture.Request(ToolNames.Mermaid, code, Default), CancellationToken.None);

        Assert.Equal(RenderFailureKind.ImageRejected, result.Failure?.Kind);
        Assert.StartsWith(ImageRejections.Illegible + ": ", result.Failure!.Message, StringComparison.Ordinal);
        Assert.Contains("top-down (TD)", result.Failure.Message, StringComparison.Ordinal);
    }

    // OCR of the label's own box (a few pixels around it): white-on-colour gantt bars and mindmap nodes defeat a
    // whole-page read, while the crop shows whether the pixels where the text was laid out read as the text.
    private static async Task<string> ReadWhereDrawnAsync(byte[] png, LayoutFacts layout, string word)
    {
        var box = layout.Texts.FirstOrDefault(t => t.Text.Contains(word, StringComparison.OrdinalIgnoreCase))
            ?? throw new Xunit.Sdk.XunitException($"no text box holds '{word}': {LayoutAssert.Describe(layout)}");
        var area = new SkiaSharp.SKRectI((int)box.X - 6, (int)box.Y - 6, (int)Math.Ceiling(box.Right) + 6, (int)Math.Ceiling(box.Bottom) + 6);
        return await Ocr.ReadAsync(TestImages.Crop(png, area), "7");
    }
}
