using Cosyn.Rendering.Svg;

namespace Cosyn.Tests.Rendering.Svg;

public sealed class SvgSizeTests
{
    [Theory]
    [InlineData("<svg width=\"300\" height=\"100\">", true)]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\" width='12cm'>", true)]
    [InlineData("<svg width=\"100%\" viewBox=\"0 0 10 10\">", false)]
    [InlineData("<svg viewBox=\"0 0 10 10\"><rect width=\"5\"/>", false)]
    public void HasIntrinsicWidth_ReadsRootElementOnly(string code, bool expected) => Assert.Equal(expected, SvgSize.HasIntrinsicWidth(code));
}
