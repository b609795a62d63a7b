using Cosyn.Rendering.Lilypond;

namespace Cosyn.Tests.Rendering.Lilypond;

public sealed class LilypondBatchingTests
{
    [Theory]
    [InlineData(LilypondSamples.MelodyWithLyrics)]
    [InlineData(LilypondSamples.Chords)]
    [InlineData(LilypondSamples.TempoDynamics)]
    [InlineData(LilypondSamples.Drums)]
    [InlineData("\\relative c' { \\override Stem.direction = #UP \\set Staff.instrumentName = #\"Violin\" \\override Score.MetronomeMark.padding = #-2.5 \\override NoteHead.color = #'red c4 }")]
    public void IsBatchable_SchemeFreeScores_True(string code) => Assert.True(LilypondBatching.IsBatchable(code));

    [Theory]
    [InlineData("#(system \"rm -rf /tmp/work\")\n{ c'4 }")]
    [InlineData("# (system \"x\")\n{ c'4 }")]
    [InlineData("{ c'4^\\markup $(system \"x\") }")]
    [InlineData("$(system \"x\")")]
    [InlineData("music = #{ c'4 #}")]
    [InlineData("\\override NoteHead.stencil = #`(a ,(system \"x\"))")]
    [InlineData("\\override NoteHead.stencil = #'(1 . 2)")]
    [InlineData("\\override NoteHead.stencil = #ly:text-interface::print")]
    [InlineData("\\override NoteHead.stencil = #primitive-exit")]
    [InlineData("\\include \"other.ly\"")]
    [InlineData("\\bookOutputName \"s1-x\"")]
    [InlineData("\\paper { output-filename = \"x\" }")]
    [InlineData("\\sourcefilename \"other.ly\"")]
    [InlineData("\\header { title = \"Sonata in F# minor\" }")]
    [InlineData("\\header { title = ##tx }")]
    public void IsBatchable_CodeOrFileAccess_False(string code) => Assert.False(LilypondBatching.IsBatchable(code));

    [Fact]
    public void SplitLog_SectionsPerFile_LastOnlyWhenFinished()
    {
        const string log = "Processing `a.ly'\nParsing...\nProcessing `b.ly'\nb.ly:2:1: error: x\nProcessing `c.ly'\nParsing...";

        var finished = LilypondBatching.SplitLog(log, ["a.ly", "b.ly", "c.ly"], finished: true);
        var stopped = LilypondBatching.SplitLog(log, ["a.ly", "b.ly", "c.ly"], finished: false);

        Assert.Equal(["Processing `a.ly'\nParsing...", "Processing `b.ly'\nb.ly:2:1: error: x", "Processing `c.ly'\nParsing..."], finished.Select(s => s ?? "none"));
        Assert.Equal(["Processing `a.ly'\nParsing...", "Processing `b.ly'\nb.ly:2:1: error: x", "none"], stopped.Select(s => s ?? "none"));
    }

    [Fact]
    public void SplitLog_MissingOrElidedSection_IsNull()
    {
        const string log = "Processing `a.ly'\n[... 9 characters elided ...]\nProcessing `c.ly'\nok";

        Assert.Equal(["none", "none", "Processing `c.ly'\nok"], LilypondBatching.SplitLog(log, ["a.ly", "b.ly", "c.ly"], finished: true).Select(s => s ?? "none"));
    }
}
