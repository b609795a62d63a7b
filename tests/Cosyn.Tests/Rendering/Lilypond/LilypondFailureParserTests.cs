using Cosyn.Rendering.Lilypond;

namespace Cosyn.Tests.Rendering.Lilypond;

public sealed class LilypondFailureParserTests
{
    [Fact]
    public void Classify_WarningsOnly_IsSuccess() =>
        Assert.Null(LilypondFailureParser.Classify("lilypond", 0, "Parsing...\nscore.ly:3:9: warning: barcheck failed at: 1/4\nSuccess: compilation successfully completed\n"));

    [Fact]
    public void Classify_ParseError_IsSyntaxWithContext()
    {
        const string stderr = "Parsing...\nscore.ly:4:1: error: syntax error, unexpected '}'\n\n}\nfatal error: failed files: \"score.ly\"\n";

        var failure = LilypondFailureParser.Classify("lilypond", 1, stderr)!;

        Assert.Equal(RenderFailureKind.Syntax, failure.Kind);
        Assert.Equal("syntax error, unexpected '}' (line 4, column 1)", failure.Message);
        Assert.DoesNotContain("fatal", failure.LogExcerpt, StringComparison.Ordinal);
    }

    [Fact]
    public void Classify_FatalWithoutLocation_IsRuntime() =>
        Assert.Equal("fatal error: failed files: \"score.ly\"", LilypondFailureParser.Classify("lilypond", 1, "fatal error: failed files: \"score.ly\"\n")!.Message);
}
