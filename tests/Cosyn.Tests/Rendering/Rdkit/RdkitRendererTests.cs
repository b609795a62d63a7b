using Cosyn.Rendering.Images;
using SkiaSharp;

namespace Cosyn.Tests.Rendering.Rdkit;

public sealed class RdkitRendererTests(RdkitFixture fixture) : IClassFixture<RdkitFixture>
{
    public static TheoryData<string> AllStyles { get; } =
    [
        nameof(Molecules.AspirinMolToImageSave),
        nameof(Molecules.CaffeineCairoWriteDrawingText),
        nameof(Molecules.PhenolAtomIndicesOpenWrite),
        nameof(Molecules.IbuprofenHighlightedAcid),
        nameof(Molecules.GridWithLegends),
        nameof(Molecules.UnfinishedDrawerGlobal),
    ];

    [Theory]
    [MemberData(nameof(AllStyles))]
    public async Task Render_CommonStyle_ReturnsMoleculePngThatPassesPostProcessing(string name)
    {
        var result = await fixture.RenderAsync(Code(name));

        Assert.True(result.Succeeded, $"{result.Failure?.Kind}: {result.Failure?.Message}\n{result.Failure?.LogExcerpt}");
        Assert.True(TestImages.CountPixels(result.Png!, IsInk) > 500, "the molecule should not be blank");
        var outcome = ImagePostProcessor.Process(result.Png!, ImagePolicies.For(ToolNames.Rdkit));
        Assert.True(outcome.Accepted, outcome.Detail);
    }

    [Fact]
    public async Task Render_AspirinMolToImage_DrawsOxygenLabelsInRedAtRequestedSize()
    {
        var result = await fixture.RenderAsync(Molecules.AspirinMolToImageSave);

        using var bitmap = TestImages.Decode(result.Png!);
        Assert.Equal((500, 400), (bitmap.Width, bitmap.Height));
        Assert.True(TestImages.CountPixels(result.Png!, IsRed) > 100, "aspirin's four oxygens are drawn in red");
    }

    [Fact]
    public async Task Render_CaffeineWithLegend_OcrFindsLegendAndNitrogensAreBlue()
    {
        var result = await fixture.RenderAsync(Molecules.CaffeineCairoWriteDrawingText);

        Assert.Contains("Caffeine", await Ocr.ReadAsync(TestImages.BottomStrip(result.Png!, 0.15)), StringComparison.Ordinal);
        Assert.True(TestImages.CountPixels(result.Png!, IsBlue) > 100, "caffeine's four nitrogens are drawn in blue");
    }

    [Fact]
    public async Task Render_AtomIndices_OcrFindsIndexNumbers()
    {
        var result = await fixture.RenderAsync(Molecules.PhenolAtomIndicesOpenWrite);

        var text = await Ocr.ReadAsync(result.Png!);
        Assert.Contains("OH", text, StringComparison.Ordinal);
        var digits = "0123456".Count(d => text.Contains(d, StringComparison.Ordinal));
        Assert.True(digits >= 3, $"expected atom indices 0-6, OCR read: {text}");
    }

    [Fact]
    public async Task Render_HighlightedSubstructure_DrawsHighlightColour()
    {
        var highlighted = await fixture.RenderAsync(Molecules.IbuprofenHighlightedAcid);
        var plain = await fixture.RenderAsync(Molecules.IbuprofenHighlightedAcid.Replace(", highlightAtoms=list(match)", "", StringComparison.Ordinal));

        // Anti-aliased red O labels leave some light red pixels in the plain drawing too; the discs add far more.
        var extra = TestImages.CountPixels(highlighted.Png!, IsHighlight) - TestImages.CountPixels(plain.Png!, IsHighlight);
        Assert.True(extra > 1000, $"RDKit's default highlight is a light red disc per matched atom; {extra} extra pixels");
    }

    [Fact]
    public async Task Render_GridWithLegends_OcrFindsEveryLegend()
    {
        var result = await fixture.RenderAsync(Molecules.GridWithLegends);

        var text = await Ocr.ReadAsync(result.Png!);
        Assert.All(["Ethanol", "Benzene", "Acetone", "Glycine"], legend => Assert.Contains(legend, text, StringComparison.Ordinal));
        using var bitmap = TestImages.Decode(result.Png!);
        Assert.Equal((700, 600), (bitmap.Width, bitmap.Height));
    }

    [Fact]
    public async Task Render_SameCodeTwice_SameBytes()
    {
        var first = await fixture.RenderAsync(Molecules.CaffeineCairoWriteDrawingText);
        var second = await fixture.RenderAsync(Molecules.CaffeineCairoWriteDrawingText);

        Assert.Equal(first.Png, second.Png);
    }

    private static string Code(string name) =>
        (string)typeof(Molecules).GetField(name, System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Public)!.GetValue(null)!;

    private static bool IsInk(SKColor c) => c.Alpha > 0 && c.Red + c.Green + c.Blue < 600;

    private static bool IsRed(SKColor c) => c.Red > 180 && c.Green < 80 && c.Blue < 80;

    private static bool IsBlue(SKColor c) => c.Blue > 180 && c.Red < 80 && c.Green < 80;

    private static bool IsHighlight(SKColor c) => c.Red > 230 && c.Green is > 100 and < 160 && c.Blue is > 100 and < 160;
}
