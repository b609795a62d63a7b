using Cosyn.Rendering.Latex;

namespace Cosyn.Tests.Rendering.Latex;

/// <summary>What the engine heuristics decide from a source: lualatex only when it asks for Unicode, a second pass only for cross references.</summary>
public sealed class LatexEngineTests
{
    [Theory]
    [InlineData("\\usepackage{fontspec}", "lualatex", false)]
    [InlineData("\\usepackage[math-style=ISO]{unicode-math}", "lualatex", false)]
    [InlineData("% !TEX program = xelatex\n\\documentclass{article}", "lualatex", false)]
    [InlineData("\\usepackage{tikz}", "pdflatex", false)]
    [InlineData("see Table~\\ref{t}", "pdflatex", true)]
    [InlineData("\\usepackage{lastpage}", "pdflatex", true)]
    [InlineData("\\tableofcontents", "pdflatex", true)]
    [InlineData("\\begin{tabular}{ll}a&b\\end{tabular}", "pdflatex", false)]
    public void ChooseAndNeedsSecondRun_Source_PickTheEngineAndThePasses(string code, string engine, bool secondRun)
    {
        Assert.Equal(engine, LatexEngine.Choose(code));
        Assert.Equal(secondRun, LatexEngine.NeedsSecondRun(code));
    }
}
