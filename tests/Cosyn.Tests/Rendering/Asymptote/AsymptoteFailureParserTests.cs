using Cosyn.Rendering.Asymptote;

namespace Cosyn.Tests.Rendering.Asymptote;

public sealed class AsymptoteFailureParserTests
{
    [Fact]
    public void Classify_PrefersDiagnosticInUserFile()
    {
        const string output = "  return system(split(s));\n  ^\n/usr/share/asymptote/plain_strings.asy: 135.3: system() call disabled\nfigure.asy: 4.1: syntax error\n";

        var failure = AsymptoteFailureParser.Classify("asymptote", output, "figure.asy");

        Assert.Equal(RenderFailureKind.Syntax, failure.Kind);
        Assert.Equal("syntax error (line 4, column 1)", failure.Message);
    }

    [Fact]
    public void Classify_LibraryDiagnosticOnly_NamesTheLibraryFile()
    {
        var failure = AsymptoteFailureParser.Classify("asymptote", "/usr/share/asymptote/plain_shipout.asy: 116.11: runtime: shipout failed\n", "figure.asy");

        Assert.Equal(RenderFailureKind.Runtime, failure.Kind);
        Assert.Equal("runtime: shipout failed (in plain_shipout.asy)", failure.Message);
    }

    [Fact]
    public void Classify_NoDiagnostic_UsesFirstLine() =>
        Assert.Equal("Unrecoverable error: limitcheck", AsymptoteFailureParser.Classify("asymptote", "Unrecoverable error: limitcheck\nmore", "figure.asy").Message);
}
