using Cosyn.Rendering.CliTools;
using Cosyn.Rendering.Latex;
using Cosyn.Tests.Rendering.CliTools;

namespace Cosyn.Tests.Rendering.Latex;

public sealed class LatexRendererTests : IAsyncDisposable
{
    private readonly LatexRenderer _sut = new(CliToolHarness.Options(new CliToolsSettings().Latex));

    [Fact]
    public async Task Render_BooktabsMultirowTable_ShowsCells() =>
        CliToolHarness.AssertRendersText(await CliToolHarness.RenderAsync(_sut, LatexSamples.BooktabsTable), "Region", "Revenue", "North", "Pears");

    [Fact]
    public async Task Render_PgfplotsBarChart_ShowsTitleAndTicks() =>
        CliToolHarness.AssertRendersText(await CliToolHarness.RenderAsync(_sut, LatexSamples.PgfplotsBars), "Quarterly", "Summer", "Winter");

    [Fact]
    public async Task Render_CircuitikzCircuit_ShowsComponentLabels() =>
        CliToolHarness.AssertRendersText(await CliToolHarness.RenderAsync(_sut, LatexSamples.Circuit), "Resistor", "Capacitor", "Charging");

    [Fact]
    public async Task Render_TikzDiagram_ShowsNodes() =>
        CliToolHarness.AssertRendersText(await CliToolHarness.RenderAsync(_sut, LatexSamples.TikzFlow), "Planning", "Building", "Testing");

    [Fact]
    public async Task Render_ArticleInvoice_ShowsItemsAndTotal() =>
        CliToolHarness.AssertRendersText(await CliToolHarness.RenderAsync(_sut, LatexSamples.Invoice), "INVOICE", "Sourdough", "Croissant", "48.00");

    [Fact]
    public async Task Render_Fontspec_UsesLuaLatex() =>
        CliToolHarness.AssertRendersText(await CliToolHarness.RenderAsync(_sut, LatexSamples.FontspecLetter), "Customer", "shipped");

    [Fact]
    public async Task Render_CrossReference_RunsTwiceSoNoQuestionMarks()
    {
        var result = await CliToolHarness.RenderAsync(_sut, LatexSamples.CrossReference);

        var text = CliToolHarness.AssertRendersText(result, "Section 1");
        Assert.DoesNotContain("??", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_UndefinedMacro_IsSyntaxWithLineAndContext()
    {
        var result = await CliToolHarness.RenderAsync(_sut, "\\documentclass{article}\n\\begin{document}\nHello \\foo world\n\\end{document}\n");

        CliToolHarness.AssertFails(result, RenderFailureKind.Syntax);
        Assert.Equal("Undefined control sequence \\foo (line 3)", result.Failure!.Message);
        Assert.Contains("l.3 Hello \\foo", result.Failure.LogExcerpt, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_MissingPackage_IsRuntimeNamingThePackage()
    {
        var result = await CliToolHarness.RenderAsync(_sut, "\\documentclass{article}\n\\usepackage{nosuchpackage}\n\\begin{document}x\\end{document}\n");

        CliToolHarness.AssertFails(result, RenderFailureKind.Runtime);
        Assert.StartsWith("missing package nosuchpackage", result.Failure!.Message, StringComparison.Ordinal);
    }

    public ValueTask DisposeAsync() => _sut.DisposeAsync();
}
