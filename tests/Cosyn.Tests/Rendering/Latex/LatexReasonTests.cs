using Cosyn.Tests.Rendering.CliTools;

namespace Cosyn.Tests.Rendering.Latex;

/// <summary>A multi-line TeX error's one-line reason carries its informative line, not just "Emergency stop".</summary>
public sealed class LatexReasonTests() : CliRendererTests(ToolNames.Latex, typeof(LatexSamples))
{
    [Fact]
    public Task Render_MissingEndDocument_ReasonSaysWhyTexStopped() =>
        AssertReasonAsync("\\documentclass{article}\n\\begin{document}\nRainfall by month\n", RenderFailureKind.Syntax, "Emergency stop: the file ended before \\end{document}");

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
