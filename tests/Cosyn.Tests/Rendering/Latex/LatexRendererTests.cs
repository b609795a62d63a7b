using Cosyn.Tests.Rendering.CliTools;

namespace Cosyn.Tests.Rendering.Latex;

public sealed class LatexRendererTests() : CliRendererTests(ToolNames.Latex, typeof(LatexSamples))
{
    [Theory]
    [InlineData(nameof(LatexSamples.BooktabsTable), "Region", "Revenue", "North", "Pears")]
    [InlineData(nameof(LatexSamples.PgfplotsBars), "Quarterly", "Summer", "Winter")]
    [InlineData(nameof(LatexSamples.Circuit), "Resistor", "Capacitor", "Charging")]
    [InlineData(nameof(LatexSamples.TikzFlow), "Planning", "Building", "Testing")]
    [InlineData(nameof(LatexSamples.Invoice), "INVOICE", "Sourdough", "Croissant", "48.00")]
    [InlineData(nameof(LatexSamples.FontspecLetter), "Customer", "shipped")] // needs lualatex
    public Task Render_Sample_ShowsItsLabels(string sample, params string[] labels) => AssertShowsAsync(Sample(sample), labels);

    [Fact]
    public async Task Render_CrossReference_RunsTwiceSoNoQuestionMarks()
    {
        var text = await AssertShowsAsync(LatexSamples.CrossReference, "Section 1");

        Assert.DoesNotContain("??", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_MisspelledTikzKey_ReasonKeepsTheWholeWrappedMessage()
    {
        var code = "\\documentclass{standalone}\n\\usepackage{tikz}\n\\begin{document}\n\\begin{tikzpicture}\n\\draw[colour=red] (0,0) -- (2,1);\n\\end{tikzpicture}\n\\end{document}\n";

        var failure = await AssertFailsAsync(code, RenderFailureKind.Syntax);

        Assert.DoesNotContain('\n', failure.Message);
        Assert.Contains("I do not know the key '/tikz/colour'", failure.Message, StringComparison.Ordinal);
        Assert.EndsWith("Perhaps you misspelled it. (line 5)", failure.Message, StringComparison.Ordinal);
    }
}
