using Cosyn.Tests.Rendering.CliTools;
using Cosyn.Tests.Rendering.Layout;

namespace Cosyn.Tests.Rendering.Lilypond;

/// <summary>lilypond renders report their words from the PDF of the same run, in pixels of the final PNG.</summary>
public sealed class LilypondLayoutTests() : CliRendererTests(ToolNames.Lilypond, typeof(LilypondSamples))
{
    private static readonly string[] Words = ["Little", "Tune", "one", "two", "three", "four", "five"];

    [Fact]
    public async Task Render_SongWithLyrics_ReportsTitleAndLyricWords_NotMusicGlyphs()
    {
        var code = """
        \version "2.24.0"
        \header { title = "Little Tune" tagline = ##f }
        \relative c' { c4 d e f | g1 }
        \addlyrics { one two three four five }
        """;

        var (result, layout) = await RenderPdfLayoutAsync(code);

        var title = LayoutAssert.Single(layout, "Little");
        var lyric = LayoutAssert.Single(layout, "three");
        Assert.True(title.Bottom < lyric.Y, LayoutAssert.Describe(layout));
        LayoutAssert.HasInk(result.Png!, title);
        LayoutAssert.HasInk(result.Png!, lyric);
        Assert.All(layout.Texts, t => Assert.Contains(t.Text, Words));
    }
}
