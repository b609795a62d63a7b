using Cosyn.Families.Music.Writers.Lilypond;
using Cosyn.Rendering.CliTools;
using Cosyn.Rendering.Lilypond;
using Cosyn.Tests.Rendering.CliTools;
using Cosyn.Tests.Testing;

namespace Cosyn.Tests.Rendering.Lilypond;

/// <summary>Concurrent scores sharing one LilyPond process, against the real tool.</summary>
public sealed class LilypondBatchRenderTests : IAsyncDisposable
{
    private static readonly RenderOptions Options = new() { Scale = 1, Timeout = TimeSpan.FromSeconds(30) };

    // A window long enough that requests started together always meet on a loaded machine.
    private readonly LilypondRenderer _sut = new(
        CliToolHarness.Options(new CliToolsSettings().Lilypond), new LilypondBatchOptions { Window = TimeSpan.FromMilliseconds(500) });

    [Fact]
    public async Task Render_ThreeConcurrentScores_OneProcess_SameBytesAsAlone()
    {
        await using var alone = new LilypondRenderer(CliToolHarness.Options(new CliToolsSettings().Lilypond), LilypondBatchOptions.Disabled);

        var results = await Task.WhenAll(
            CliToolHarness.RenderAsync(_sut, LilypondSamples.MelodyWithLyrics, Options),
            CliToolHarness.RenderAsync(_sut, LilypondSamples.Chords, Options),
            CliToolHarness.RenderAsync(_sut, LilypondSamples.TempoDynamics, Options),
            CliToolHarness.RenderAsync(alone, LilypondSamples.MelodyWithLyrics, Options));

        Assert.Equal((1, 3, 0), (_sut.SharedProcesses, _sut.BatchedResults, _sut.Fallbacks));
        CliToolHarness.AssertRendersText(results[0], "Harvest Morning", "Anna Berg", "hills");
        CliToolHarness.AssertRendersText(results[1], "Blue Evening", "Am");
        CliToolHarness.AssertRendersText(results[2], "Storm Etude", "Allegro");
        Assert.Equal(results[3].Png, results[0].Png);
    }

    [Fact]
    public async Task Render_GeneratedScoresInOneBatch_SamePixelsAndTextBoxesAsOneByOne()
    {
        // One gs process converts the whole batch; the one-by-one way is LilyPond's own conversion per score.
        var pipeline = new MusicLilypondPipeline();
        var codes = Enumerable.Range(0, 6).Select(i => RoutedSamples.Make(pipeline, 3 + i, pipeline.FigureTypes[i % pipeline.FigureTypes.Count]).Code).ToList();
        await using var alone = new LilypondRenderer(CliToolHarness.Options(new CliToolsSettings().Lilypond), LilypondBatchOptions.Disabled);

        var batched = await Task.WhenAll(codes.Select(c => _sut.RenderAsync(new RenderRequest(_sut.Tool, c, Options), CancellationToken.None)));
        var oneByOne = new List<RenderResult>();
        foreach (var code in codes)
        {
            oneByOne.Add(await alone.RenderAsync(new RenderRequest(alone.Tool, code, Options), CancellationToken.None));
        }

        Assert.Equal((1, codes.Count, 0), (_sut.SharedProcesses, _sut.BatchedResults, _sut.Fallbacks));
        for (var i = 0; i < codes.Count; i++)
        {
            Assert.True(batched[i].Succeeded, batched[i].Failure?.Message);
            Assert.True(oneByOne[i].Succeeded, oneByOne[i].Failure?.Message);
            Assert.Equal(oneByOne[i].Png, batched[i].Png);
            Assert.True(batched[i].Layout!.Measured);
            Assert.NotEmpty(batched[i].Layout!.Texts);
            Assert.Equal(oneByOne[i].Layout!.Texts, batched[i].Layout!.Texts);
        }
    }

    [Fact]
    public async Task Render_BrokenScoreInBatch_FailsAloneWithItsLine_SchemeScoreRendersAlone()
    {
        const string broken = "\\version \"2.24.1\"\n\\relative c' { c4 d \\foo e f }\n";
        const string scheme = "#(define tune-title \"Scheme Tune\")\n\\header { title = \\tune-title tagline = ##f }\n\\relative c' { c4 d e f | g1 }\n";

        var results = await Task.WhenAll(
            CliToolHarness.RenderAsync(_sut, LilypondSamples.MelodyWithLyrics, Options),
            CliToolHarness.RenderAsync(_sut, broken, Options),
            CliToolHarness.RenderAsync(_sut, scheme, Options),
            CliToolHarness.RenderAsync(_sut, LilypondSamples.Drums, Options));

        Assert.Equal((1, 3, 0), (_sut.SharedProcesses, _sut.BatchedResults, _sut.Fallbacks));
        CliToolHarness.AssertRendersText(results[0], "Harvest Morning");
        CliToolHarness.AssertFails(results[1], RenderFailureKind.Syntax);
        Assert.Equal("unknown escaped string: `\\foo' (line 2, column 21)", results[1].Failure!.Message);
        Assert.StartsWith("score.ly:2:21: error:", results[1].Failure!.LogExcerpt, StringComparison.Ordinal);
        CliToolHarness.AssertRendersText(results[2], "Scheme Tune");
        CliToolHarness.AssertRendersText(results[3], "Rock");
    }

    [Fact]
    public async Task Render_HangingScoreInBatch_OthersStillRender()
    {
        const string hang = "\\version \"2.24.1\"\n\\relative c' { \\repeat unfold 200000 { c16 d e f } }\n";
        var shortBound = Options with { Timeout = TimeSpan.FromSeconds(8) };

        // Raw renders enqueue synchronously, so the batch order is the call order: the score after the hang falls back.
        var first = _sut.RenderAsync(new RenderRequest(_sut.Tool, LilypondSamples.MelodyWithLyrics, shortBound), CancellationToken.None);
        var hung = _sut.RenderAsync(new RenderRequest(_sut.Tool, hang, shortBound), CancellationToken.None);
        var after = _sut.RenderAsync(new RenderRequest(_sut.Tool, LilypondSamples.Chords, shortBound), CancellationToken.None);
        var results = await Task.WhenAll(first, hung, after);

        Assert.Equal((1, 1, 2), (_sut.SharedProcesses, _sut.BatchedResults, _sut.Fallbacks));
        Assert.True(results[0].Succeeded, results[0].Failure?.Message);
        Assert.True(results[2].Succeeded, results[2].Failure?.Message);
        Assert.False(results[1].Succeeded);
        Assert.True(results[1].Failure!.Kind is RenderFailureKind.Timeout or RenderFailureKind.Memory, results[1].Failure!.Message);
    }

    public ValueTask DisposeAsync() => _sut.DisposeAsync();
}
