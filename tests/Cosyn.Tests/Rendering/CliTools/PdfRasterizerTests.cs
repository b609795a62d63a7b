using Cosyn.Rendering.CliTools;

namespace Cosyn.Tests.Rendering.CliTools;

public sealed class PdfRasterizerTests
{
    [Fact]
    public void PageSize_ReadsPdfinfoLine() =>
        Assert.Equal((595.276, 841.89), PdfRasterizer.PageSize("Pages:          1\nPage size:      595.276 x 841.89 pts (A4)\n"));

    [Fact]
    public void PageSize_Missing_IsNull() => Assert.Null(PdfRasterizer.PageSize("Syntax Error: Couldn't find trailer dictionary"));

    [Fact]
    public void FitDpi_NormalPage_KeepsRequestedDpi() => Assert.Equal(200, PdfRasterizer.FitDpi(200, (595, 842), 5000));

    [Fact]
    public void FitDpi_PosterPage_LowersDpiToFit() => Assert.Equal(50, PdfRasterizer.FitDpi(200, (72 * 100, 72 * 50), 5000));
}
