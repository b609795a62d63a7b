using Cosyn.Tests.Rendering.CliTools;
using Cosyn.Tests.Rendering.Layout;

namespace Cosyn.Tests.Rendering.Latex;

/// <summary>latex renders report their words from the PDF of the same run, in pixels of the final PNG.</summary>
public sealed class LatexLayoutTests() : CliRendererTests(ToolNames.Latex, typeof(LatexSamples))
{
    [Fact]
    public async Task Render_TikzNodesOnTopOfEachOther_GiveOverlappingWords_AndTableWordsHaveInk()
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

        var (result, layout) = await RenderPdfLayoutAsync(code);

        LayoutAssert.Overlap(LayoutAssert.Single(layout, "Alpha"), LayoutAssert.Single(layout, "Gamma"));
        LayoutAssert.HasInk(result.Png!, LayoutAssert.Single(layout, "Solo"));
        var rated = LayoutAssert.Single(layout, "Rated");
        LayoutAssert.HasInk(result.Png!, rated);
        Assert.True(rated.Right < LayoutAssert.Single(layout, "Capacity").X + 1, LayoutAssert.Describe(layout));
    }
}
