using Cosyn.Rendering.Latex;

namespace Cosyn.Tests.Rendering.Latex;

public sealed class LatexPreambleTests
{
    private const string Chart = "\\documentclass[border=10pt]{standalone}\n\\usepackage[T1]{fontenc}\n\\usepackage{pgfplots}\n\\pgfplotsset{compat=1.18}\n\\definecolor{a}{HTML}{1B9E77}\n\\begin{document}\nx\n\\end{document}";

    [Fact]
    public void Split_EndsAtTheLastLoader_SoPerSampleColoursStayOut()
    {
        var sut = LatexPreamble.Split(Chart)!;

        Assert.Equal(3, sut.PrefixLines);
        Assert.EndsWith("\\usepackage{pgfplots}", sut.Prefix, StringComparison.Ordinal);
    }

    [Fact]
    public void Document_KeepsEveryLineNumber_AndPutsTheFixupOnTheLastPrefixLine()
    {
        var document = LatexPreamble.Split(Chart)!.Document("\\write-1{}");

        var lines = document.Split('\n');
        Assert.Equal(Chart.Split('\n').Length, lines.Length);
        Assert.Equal(["%", "%", "\\write-1{}%"], lines[..3]);
        Assert.Equal(Chart.Split('\n')[3..], lines[3..]);
    }

    [Fact]
    public void Split_LoaderOptionsOverSeveralLines_ExtendsToWhereTheyClose()
    {
        var code = "\\documentclass{article}\n\\usepackage[\n  margin=2cm]{geometry}\n\\begin{document}x\\end{document}";

        Assert.Equal(3, LatexPreamble.Split(code)!.PrefixLines);
    }

    [Theory]
    [InlineData("\\documentclass{article}\nno document environment")]
    [InlineData("\\begin{document}x\\end{document}")]
    [InlineData("\\usepackage{xcolor}\n\\begin{document}x\\end{document}")]
    [InlineData("\\documentclass{article}\n\\catcode`\\%=12\n\\usepackage{xcolor}\n\\begin{document}x\\end{document}")]
    [InlineData("\\documentclass{article}\n\\input{\\jobname.cfg}\n\\begin{document}x\\end{document}")]
    public void Split_NothingAFormatCanReproduce_IsNull(string code) => Assert.Null(LatexPreamble.Split(code));

    [Fact]
    public void Split_CommentedBeginDocument_IsNotTheBody()
    {
        var code = "\\documentclass{article}\n% \\begin{document} comes later\n\\usepackage{xcolor}\n\\begin{document}x\\end{document}";

        Assert.Equal(3, LatexPreamble.Split(code)!.PrefixLines);
    }
}
