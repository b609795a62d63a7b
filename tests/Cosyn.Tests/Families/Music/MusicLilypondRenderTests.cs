using Cosyn.Families.Music;
using Cosyn.Families.Music.Writers.Lilypond;
using Cosyn.Rendering.CliTools;
using Cosyn.Rendering.Lilypond;
using Cosyn.Tests.Rendering.CliTools;

namespace Cosyn.Tests.Families.Music;

/// <summary>Engraves one generated score per figure type with the production LilyPond renderer (concurrently, so they batch) and OCRs title, tempo and lyrics.</summary>
public sealed class MusicLilypondRenderTests : IAsyncDisposable
{
    private static readonly RenderOptions Patient = CliToolHarness.Fast with { Timeout = TimeSpan.FromSeconds(90) };

    private readonly LilypondRenderer _sut = new(CliToolHarness.Options(new CliToolsSettings().Lilypond));

    [Fact]
    public async Task GeneratedScores_Engrave_WithTitleTempoAndLyricsReadable()
    {
        var pipeline = new MusicLilypondPipeline();
        var samples = pipeline.FigureTypes.Select(f => RoutedSamples.Make(pipeline, 1, f)).ToList();
        var results = await Task.WhenAll(samples.Select(s => CliToolHarness.RenderAsync(_sut, s.Code, Patient)));
        for (var i = 0; i < samples.Count; i++)
        {
            var spec = (MusicSpec)samples[i].Data.Model;
            // The title's first word is skipped: tesseract clips the large initial capital ("allad").
            CliToolHarness.AssertRendersText(results[i], [.. spec.Title.Split(' ').Skip(1).Where(w => w.Length >= 4), spec.TempoText]);
            if (spec.FigureType == MusicFigureTypes.Lyrics)
            {
                var syllables = spec.Notes.Select(n => n.Lyric).OfType<string>().Where(l => l.Length >= 4).Distinct().ToArray();
                CliToolHarness.AssertRendersSomeText(results[i], Math.Min(2, syllables.Length), syllables);
            }
        }
    }

    public ValueTask DisposeAsync() => _sut.DisposeAsync();
}
