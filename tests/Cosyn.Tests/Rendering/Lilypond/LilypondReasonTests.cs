using Cosyn.Tests.Rendering.CliTools;

namespace Cosyn.Tests.Rendering.Lilypond;

/// <summary>A Scheme error's one-line reason is Guile's own line, not "GUILE signaled an error for the expression beginning here".</summary>
public sealed class LilypondReasonTests() : CliRendererTests(ToolNames.Lilypond, typeof(LilypondSamples))
{
    [Fact]
    public async Task Render_SchemeTypeError_ReasonIsGuilesLineWithTheLocation()
    {
        var failure = await AssertFailsAsync("\\version \"2.24.0\"\n#(define bars (+ 4 \"four\"))\n\\relative c' { c4 d e f }\n", RenderFailureKind.Runtime);

        Assert.Equal("In procedure +: Wrong type: \"four\" (line 2, column 2)", failure.Message);
    }

    [Fact]
    public async Task Render_UnknownCommand_ReasonNamesItWithTheLocation()
    {
        var failure = await AssertFailsAsync("\\version \"2.24.0\"\n\\relative c' { c4 d e \\sparkle f }\n", RenderFailureKind.Syntax);

        Assert.Equal("unknown escaped string: `\\sparkle' (line 2, column 23)", failure.Message);
    }
}
