using Cosyn.Tests.Rendering.CliTools;

namespace Cosyn.Tests.Rendering.Lilypond;

public sealed class LilypondRendererTests() : CliRendererTests(ToolNames.Lilypond, typeof(LilypondSamples))
{
    [Theory]
    [InlineData(nameof(LilypondSamples.MelodyWithLyrics), "Harvest Morning", "Anna Berg", "hills")]
    [InlineData(nameof(LilypondSamples.Chords), "Blue Evening", "Am")]
    [InlineData(nameof(LilypondSamples.TwoVoices), "Canon in Two Voices")]
    [InlineData(nameof(LilypondSamples.TempoDynamics), "Storm Etude", "Allegro")]
    [InlineData(nameof(LilypondSamples.PianoStaff), "Little Waltz")]
    [InlineData(nameof(LilypondSamples.Drums), "Rock")]
    public Task Render_Sample_ShowsItsLabels(string sample, params string[] labels) => AssertShowsAsync(Sample(sample), labels);

    [Fact]
    public Task Render_UnknownCommand_IsSyntaxWithLine() =>
        AssertReasonAsync("\\version \"2.24.1\"\n\\relative c' { c4 d \\foo e f }\n", RenderFailureKind.Syntax, "unknown escaped string: `\\foo' (line 2, column 21)");

    [Fact]
    public Task Render_SchemeError_IsRuntimeEvenThoughLilypondSaysSuccess() =>
        AssertReasonAsync("\\version \"2.24.1\"\n#(undefined-thing 3)\n{ c'4 }\n", RenderFailureKind.Runtime, "Unbound variable: undefined-thing (line 2, column 2)");
}
