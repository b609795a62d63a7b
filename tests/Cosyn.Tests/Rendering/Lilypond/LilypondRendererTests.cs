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
}
