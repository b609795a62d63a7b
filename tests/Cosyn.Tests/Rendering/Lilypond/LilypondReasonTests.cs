using Cosyn.Tests.Rendering.CliTools;

namespace Cosyn.Tests.Rendering.Lilypond;

/// <summary>A Scheme error's one-line reason is Guile's own line, not "GUILE signaled an error for the expression beginning here".</summary>
public sealed class LilypondReasonTests() : CliRendererTests(ToolNames.Lilypond, typeof(LilypondSamples))
{
    [Fact]
    public Task Render_SchemeTypeError_ReasonIsGuilesLineWithTheLocation() =>
        AssertReasonAsync("\\version \"2.24.0\"\n#(define bars (+ 4 \"four\"))\n\\relative c' { c4 d e f }\n", RenderFailureKind.Runtime, "In procedure +: Wrong type: \"four\" (line 2, column 2)");

    [Fact]
    public Task Render_UnknownCommand_ReasonNamesItWithTheLocation() =>
        AssertReasonAsync("\\version \"2.24.0\"\n\\relative c' { c4 d e \\sparkle f }\n", RenderFailureKind.Syntax, "unknown escaped string: `\\sparkle' (line 2, column 23)");
}
