using Cosyn.Rendering.Layout;
using Cosyn.Tests.Rendering.Layout;

namespace Cosyn.Tests.Rendering.Matplotlib;

/// <summary>Matplotlib renders report the Text artists they drew, in pixels of the final PNG, and the glyphs their fonts lacked.</summary>
public sealed class MatplotlibLayoutTests(MatplotlibFixture fixture) : IClassFixture<MatplotlibFixture>
{
    private const string Labels = """
        import matplotlib.pyplot as plt
        fig, ax = plt.subplots(figsize=(6, 4))
        ax.bar(['North', 'South'], [3, 4], color='#9ab')
        ax.set_title('Regional sales')
        ax.text(0, 3.5, 'Value 21.8', fontsize=14)
        ax.text(0.05, 3.55, 'Value 22.4', fontsize=14)
        ax.text(1, 1.5, 'Alone', fontsize=14)
        plt.show()
        """;

    private const string Table = """
        import matplotlib.pyplot as plt
        fig, ax = plt.subplots(figsize=(5, 3))
        ax.axis('off')
        table = ax.table(cellText=[['12', '7'], ['14', '8'], ['9', '3'], ['11', '5'], ['10', '6'], ['13', '4'], ['15', '2']], colLabels=['Rated Capacity (kWh)', 'Load'], loc='center', colWidths=[0.2, 0.2])
        table.auto_set_font_size(False)
        table.set_fontsize(12)
        plt.show()
        """;

    private static RenderRequest Request(string code, RenderOptions? options = null) => new(ToolNames.Matplotlib, code, options ?? MatplotlibFixture.Fast);

    [Fact]
    public async Task Render_LabelsOnTopOfEachOther_GiveOverlappingBoxesWithInk()
    {
        var (result, layout) = await LayoutAssert.RenderFinalAsync(fixture.Renderer, Request(Labels));

        Assert.Equal(LayoutSource.Matplotlib, layout.Source);
        var a = LayoutAssert.Single(layout, "21.8");
        LayoutAssert.Overlap(a, LayoutAssert.Single(layout, "22.4"));
        var alone = LayoutAssert.Single(layout, "Alone");
        Assert.Equal(0, alone.OverlapArea(a));
        LayoutAssert.HasInk(result.Png!, alone);
        LayoutAssert.HasInk(result.Png!, LayoutAssert.Single(layout, "Regional sales"));
        LayoutAssert.HasInk(result.Png!, LayoutAssert.Single(layout, "North"));
        Assert.Equal(14 * 100 / 72.0, a.FontSize!.Value, 1);
        Assert.Empty(layout.MissingGlyphs);
    }

    [Fact]
    public async Task Render_Scale2_BoxesFollowTheDpi()
    {
        var (result, layout) = await LayoutAssert.RenderFinalAsync(fixture.Renderer, Request(Labels, MatplotlibFixture.Fast with { Scale = 2 }));

        var alone = LayoutAssert.Single(layout, "Alone");
        Assert.Equal(14 * 200 / 72.0, alone.FontSize!.Value, 1);
        LayoutAssert.HasInk(result.Png!, alone);
    }

    [Fact]
    public async Task Render_TableHeaderWiderThanItsCell_IsClipped()
    {
        var (result, layout) = await LayoutAssert.RenderFinalAsync(fixture.Renderer, Request(Table));

        Assert.True(LayoutAssert.Single(layout, "Rated Capacity").Clipped);
        Assert.False(LayoutAssert.Single(layout, "Load").Clipped);
        LayoutAssert.HasInk(result.Png!, LayoutAssert.Single(layout, "12"));
        Assert.Equal(16, layout.Texts.Count);
    }

    [Fact]
    public async Task Render_ChineseLabel_DrawsGlyphsWithoutMissingGlyphWarnings()
    {
        var code = "import matplotlib.pyplot as plt\nfig, ax = plt.subplots(figsize=(5, 3))\nax.plot([1, 2, 3])\n"
            + "ax.text(1.0, 2.2, '中', fontsize=40)\nax.text(1.5, 2.2, '国', fontsize=40)\nax.set_title('年度销售')\nplt.show()\n";

        var (result, layout) = await LayoutAssert.RenderFinalAsync(fixture.Renderer, Request(code));

        Assert.Empty(layout.MissingGlyphs);
        var first = LayoutAssert.Fingerprint(result.Png!, LayoutAssert.Single(layout, "中"));
        var second = LayoutAssert.Fingerprint(result.Png!, LayoutAssert.Single(layout, "国"));
        Assert.True(LayoutAssert.Difference(first, second) > 0.03, "中 and 国 look the same (tofu)");
    }

    [Fact]
    public async Task Render_ScriptNoFontHas_ReportsMissingGlyphs_EvenWhenTheCodeSilencesWarnings()
    {
        var code = "import warnings\nwarnings.filterwarnings('ignore')\nimport matplotlib.pyplot as plt\nfig, ax = plt.subplots()\nax.plot([1, 2])\nax.set_title('नमस्ते')\nplt.show()\n";

        var (_, layout) = await LayoutAssert.RenderFinalAsync(fixture.Renderer, Request(code));

        Assert.Contains("न", layout.MissingGlyphs);
    }
}
