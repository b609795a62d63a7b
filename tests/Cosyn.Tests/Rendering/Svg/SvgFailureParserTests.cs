using Cosyn.Rendering.Svg;

namespace Cosyn.Tests.Rendering.Svg;

public sealed class SvgFailureParserTests
{
    [Fact]
    public void Classify_XmlError_IsSyntaxWithPosition()
    {
        const string stderr = "Error reading SVG image.svg: XML parse error: Error domain 1 code 77 on line 3 column 7 of data: Premature end of data in tag svg line 1\n";

        var failure = SvgFailureParser.Classify("svg", 1, stderr);

        Assert.Equal(RenderFailureKind.Syntax, failure.Kind);
        Assert.Equal("XML parse error at line 3, column 7: Premature end of data in tag svg line 1", failure.Message);
    }

    [Theory]
    [InlineData("<svg width=\"300\" height=\"100\">", true)]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\" width='12cm'>", true)]
    [InlineData("<svg width=\"100%\" viewBox=\"0 0 10 10\">", false)]
    [InlineData("<svg viewBox=\"0 0 10 10\"><rect width=\"5\"/>", false)]
    public void HasIntrinsicWidth_ReadsRootElementOnly(string code, bool expected) => Assert.Equal(expected, SvgSize.HasIntrinsicWidth(code));
}
