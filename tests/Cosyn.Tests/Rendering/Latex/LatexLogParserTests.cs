using Cosyn.Rendering.Latex;

namespace Cosyn.Tests.Rendering.Latex;

public sealed class LatexLogParserTests
{
    [Fact]
    public void FirstError_MissingDollar_IsSyntaxWithContext()
    {
        const string log = "(./doc.tex\n! Missing $ inserted.\n<inserted text> \n                $\nl.7 x^\n      2 is the square\nmore\n! Another error.\n";

        var failure = LatexLogParser.FirstError("latex", log)!;

        Assert.Equal(RenderFailureKind.Syntax, failure.Kind);
        Assert.Equal("Missing $ inserted. (line 7)", failure.Message);
        Assert.EndsWith("      2 is the square", failure.LogExcerpt, StringComparison.Ordinal);
        Assert.DoesNotContain("Another", failure.LogExcerpt, StringComparison.Ordinal);
    }

    [Fact]
    public void FirstError_MissingClass_IsRuntimeNamingIt()
    {
        var failure = LatexLogParser.FirstError("latex", "! LaTeX Error: File `fancyclass.cls' not found.\n\nl.1 \\documentclass{fancyclass}\n")!;

        Assert.Equal(RenderFailureKind.Runtime, failure.Kind);
        Assert.StartsWith("missing document class fancyclass", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FirstError_NoErrorLine_IsNull() => Assert.Null(LatexLogParser.FirstError("latex", "This is pdfTeX\nOutput written on doc.pdf\n"));

    [Fact]
    public void NoOutput_EmptyDocument_SaysNoPages() =>
        Assert.Equal("the document produced no pages", LatexLogParser.NoOutput("latex", "No pages of output.\n").Message);

    [Theory]
    [InlineData("\\usepackage{fontspec}", "lualatex")]
    [InlineData("\\usepackage[math-style=ISO]{unicode-math}", "lualatex")]
    [InlineData("% !TEX program = xelatex\n\\documentclass{article}", "lualatex")]
    [InlineData("\\usepackage{tikz}", "pdflatex")]
    public void Choose_PicksEngineFromSource(string code, string engine) => Assert.Equal(engine, LatexEngine.Choose(code));

    [Theory]
    [InlineData("see Table~\\ref{t}", true)]
    [InlineData("\\usepackage{lastpage}", true)]
    [InlineData("\\tableofcontents", true)]
    [InlineData("\\begin{tabular}{ll}a&b\\end{tabular}", false)]
    public void NeedsSecondRun_OnlyForCrossReferences(string code, bool expected) => Assert.Equal(expected, LatexEngine.NeedsSecondRun(code));
}
