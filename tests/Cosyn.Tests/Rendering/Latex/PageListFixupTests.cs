using Cosyn.Rendering.Latex;

namespace Cosyn.Tests.Rendering.Latex;

public sealed class PageListFixupTests
{
    [Fact]
    public void Parse_ClassWriteAndColourPush_ReplaysThemWithThePreviousDepth()
    {
        const string log = "(pdftex.def)\n### vertical mode entered at line 0\n### current page:\n\\write-{}\n\\pdfcolorstack 0 push {0 g 0 G}\n\nprevdepth 0.0\n\n! OK.\n";

        Assert.Equal("\\write-1{}\\pdfcolorstack 0 push {0 g 0 G}\\prevdepth=0.0pt", PageListFixup.Parse(log));
    }

    [Fact]
    public void Parse_EmptyList_NeedsNoFixup() =>
        Assert.Equal("", PageListFixup.Parse("### vertical mode entered at line 0\nprevdepth ignored\n\n! OK.\n"));

    [Theory]
    [InlineData("### vertical mode entered at line 0\n### current page:\n\\hbox(0.0+0.0)x0.0\ntotal height 0.0\n goal height 643.0\nprevdepth 0.0\n! OK.")]
    [InlineData("### vertical mode entered at line 0\n### current page:\n\\write3{\\relax }\nprevdepth 0.0\n! OK.")]
    [InlineData("### vertical mode entered at line 0\n### recent contributions:\n\\glue 10.0\nprevdepth 0.0\n! OK.")]
    [InlineData("no lists were shown")]
    public void Parse_AnythingElse_RefusesTheFormat(string log) => Assert.Null(PageListFixup.Parse(log));
}
