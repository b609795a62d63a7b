using Cosyn.Rendering.Layout;
using Cosyn.Tests.Rendering.CliTools;

namespace Cosyn.Tests.Rendering.Layout;

/// <summary>Command-line tool renders report their words from the PDF of the same run, in pixels of the final PNG.</summary>
public sealed class PdfLayoutTests
{
    private static readonly string[] LilypondWords = ["Little", "Tune", "one", "two", "three", "four", "five"];

    [Fact]
    public async Task Asymptote_LabelsOnOnePoint_GiveOverlappingWordsWithInk()
    {
        var code = """
        size(6cm);
        draw((0,0)--(4,0)--(2,3)--cycle);
        label("Alpha", (2,1.2));
        label("Gamma", (2.1,1.25));
        label("Solo", (0,0), SW);
        label("Summit", (2,3), N);
        """;

        var (result, layout) = await RenderAsync(ToolNames.Asymptote, code);

        LayoutAssert.Overlap(LayoutAssert.Single(layout, "Alpha"), LayoutAssert.Single(layout, "Gamma"));
        var solo = LayoutAssert.Single(layout, "Solo");
        var summit = LayoutAssert.Single(layout, "Summit");
        Assert.True(summit.Bottom < solo.Y, LayoutAssert.Describe(layout));
        LayoutAssert.HasInk(result.Png!, solo);
        LayoutAssert.HasInk(result.Png!, summit);
    }

    [Fact]
    public async Task Graphviz_PinnedNodesOnTopOfEachOther_GiveOverlappingWordsWithInk()
    {
        var code = "digraph {\n  layout=neato;\n  node [shape=plaintext, fontsize=20];\n  a [label=\"Alpha\", pos=\"0,0!\"];\n  b [label=\"Gamma\", pos=\"0.15,0.05!\"];\n  c [label=\"Solo\", pos=\"3,2!\"];\n  d [label=\"Corner\", pos=\"0,2!\"];\n}\n";

        var (result, layout) = await RenderAsync(ToolNames.Graphviz, code);

        LayoutAssert.Overlap(LayoutAssert.Single(layout, "Alpha"), LayoutAssert.Single(layout, "Gamma"));
        var solo = LayoutAssert.Single(layout, "Solo");
        Assert.Equal(0, solo.OverlapArea(LayoutAssert.Single(layout, "Alpha")));
        LayoutAssert.HasInk(result.Png!, solo);
        LayoutAssert.HasInk(result.Png!, LayoutAssert.Single(layout, "Corner"));
    }

    [Fact]
    public async Task Graphviz_Flowchart_WordsSitOnTheirNodes()
    {
        var code = "digraph {\n  a [label=\"Receive order\", shape=box];\n  b [label=\"Ship parcel\", shape=box];\n  a -> b [label=\"paid\"];\n}\n";

        var (result, layout) = await RenderAsync(ToolNames.Graphviz, code);

        var receive = LayoutAssert.Single(layout, "Receive");
        var ship = LayoutAssert.Single(layout, "Ship");
        Assert.True(receive.Bottom < ship.Y, LayoutAssert.Describe(layout));
        LayoutAssert.HasInk(result.Png!, receive);
        LayoutAssert.HasInk(result.Png!, LayoutAssert.Single(layout, "paid"));
    }

    [Fact]
    public async Task Latex_TikzNodesOnTopOfEachOther_GiveOverlappingWords_AndTableWordsHaveInk()
    {
        var code = """
        \documentclass[border=12pt]{standalone}
        \usepackage{tikz}
        \begin{document}
        \begin{tabular}{|l|r|}\hline Rated Capacity & Load \\ \hline 12 & 7 \\ \hline\end{tabular}
        \begin{tikzpicture}
          \node at (0,0) {Alpha};
          \node at (0.1,0.05) {Gamma};
          \node at (0,-2) {Solo};
        \end{tikzpicture}
        \end{document}
        """;

        var (result, layout) = await RenderAsync(ToolNames.Latex, code);

        LayoutAssert.Overlap(LayoutAssert.Single(layout, "Alpha"), LayoutAssert.Single(layout, "Gamma"));
        LayoutAssert.HasInk(result.Png!, LayoutAssert.Single(layout, "Solo"));
        var rated = LayoutAssert.Single(layout, "Rated");
        LayoutAssert.HasInk(result.Png!, rated);
        Assert.True(rated.Right < LayoutAssert.Single(layout, "Capacity").X + 1, LayoutAssert.Describe(layout));
    }

    [Fact]
    public async Task Lilypond_SongWithLyrics_ReportsTitleAndLyricWords_NotMusicGlyphs()
    {
        var code = """
        \version "2.24.0"
        \header { title = "Little Tune" tagline = ##f }
        \relative c' { c4 d e f | g1 }
        \addlyrics { one two three four five }
        """;

        var (result, layout) = await RenderAsync(ToolNames.Lilypond, code);

        var title = LayoutAssert.Single(layout, "Little");
        var lyric = LayoutAssert.Single(layout, "three");
        Assert.True(title.Bottom < lyric.Y, LayoutAssert.Describe(layout));
        LayoutAssert.HasInk(result.Png!, title);
        LayoutAssert.HasInk(result.Png!, lyric);
        Assert.All(layout.Texts, t => Assert.Contains(t.Text, LilypondWords));
    }

    [Fact]
    public async Task Svg_TextsOnTopOfEachOther_GiveOverlappingWords_AndTextPastTheEdgeIsCut()
    {
        var code = """<svg xmlns="http://www.w3.org/2000/svg" width="400" height="300"><rect width="400" height="300" fill="#eef"/><text x="40" y="80" font-size="24" font-family="sans-serif">Alpha</text><text x="48" y="84" font-size="24" font-family="sans-serif">Gamma</text><text x="40" y="200" font-size="24" font-family="sans-serif">Solo</text><text x="340" y="260" font-size="24" font-family="sans-serif">Overflowing</text></svg>""";

        var (result, layout) = await RenderAsync(ToolNames.Svg, code);

        LayoutAssert.Overlap(LayoutAssert.Single(layout, "Alpha"), LayoutAssert.Single(layout, "Gamma"));
        var solo = LayoutAssert.Single(layout, "Solo");
        LayoutAssert.HasInk(result.Png!, solo);
        // 192 dpi: SVG pixels are drawn at twice their size.
        Assert.InRange(solo.Height, 30, 70);
        // pdftotext keeps only the glyphs on the page: the word past the edge is reported as what is visible of it.
        Assert.Equal("Overf", LayoutAssert.Single(layout, "Overf").Text);
    }

    private static async Task<(RenderResult Result, LayoutFacts Layout)> RenderAsync(string tool, string code)
    {
        await using var renderer = CliToolHarness.CreateRenderer(tool);
        return await CliToolHarness.RenderPdfLayoutAsync(renderer, code);
    }
}
