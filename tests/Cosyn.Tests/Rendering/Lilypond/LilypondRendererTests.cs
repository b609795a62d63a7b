using Cosyn.Rendering.CliTools;
using Cosyn.Rendering.Lilypond;
using Cosyn.Tests.Rendering.CliTools;

namespace Cosyn.Tests.Rendering.Lilypond;

public sealed class LilypondRendererTests : IAsyncDisposable
{
    private readonly LilypondRenderer _sut = new(CliToolHarness.Options(new CliToolsSettings().Lilypond));

    [Fact]
    public async Task Render_MelodyWithLyrics_ShowsTitleAndLyrics() =>
        CliToolHarness.AssertRendersText(await CliToolHarness.RenderAsync(_sut, LilypondSamples.MelodyWithLyrics), "Harvest Morning", "Anna Berg", "hills");

    [Fact]
    public async Task Render_ChordNames_ShowsTitleAndChords() =>
        CliToolHarness.AssertRendersText(await CliToolHarness.RenderAsync(_sut, LilypondSamples.Chords), "Blue Evening", "Am");

    [Fact]
    public async Task Render_TwoVoices_ShowsTitle() =>
        CliToolHarness.AssertRendersText(await CliToolHarness.RenderAsync(_sut, LilypondSamples.TwoVoices), "Canon in Two Voices");

    [Fact]
    public async Task Render_TempoAndDynamics_ShowsTempoMark() =>
        CliToolHarness.AssertRendersText(await CliToolHarness.RenderAsync(_sut, LilypondSamples.TempoDynamics), "Storm Etude", "Allegro");

    [Fact]
    public async Task Render_PianoStaff_ShowsTitle() =>
        CliToolHarness.AssertRendersText(await CliToolHarness.RenderAsync(_sut, LilypondSamples.PianoStaff), "Little Waltz");

    [Fact]
    public async Task Render_DrumStaff_ShowsTitle() =>
        CliToolHarness.AssertRendersText(await CliToolHarness.RenderAsync(_sut, LilypondSamples.Drums), "Rock");

    [Fact]
    public async Task Render_UnknownCommand_IsSyntaxWithLine()
    {
        var result = await CliToolHarness.RenderAsync(_sut, "\\version \"2.24.1\"\n\\relative c' { c4 d \\foo e f }\n");

        CliToolHarness.AssertFails(result, RenderFailureKind.Syntax);
        Assert.Equal("unknown escaped string: `\\foo' (line 2, column 21)", result.Failure!.Message);
    }

    [Fact]
    public async Task Render_SchemeError_IsRuntimeEvenThoughLilypondSaysSuccess()
    {
        var result = await CliToolHarness.RenderAsync(_sut, "\\version \"2.24.1\"\n#(undefined-thing 3)\n{ c'4 }\n");

        CliToolHarness.AssertFails(result, RenderFailureKind.Runtime);
        Assert.Equal("Unbound variable: undefined-thing (line 2, column 2)", result.Failure!.Message);
    }

    public ValueTask DisposeAsync() => _sut.DisposeAsync();
}
