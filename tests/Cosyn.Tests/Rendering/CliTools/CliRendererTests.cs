using System.Reflection;
using Cosyn.Rendering.Layout;

namespace Cosyn.Tests.Rendering.CliTools;

/// <summary>
/// Base of the real-tool tests of one command-line renderer: the registered renderer under test (with test work
/// directories), its named samples, and the render-and-assert steps the renderer and hostile tests share.
/// </summary>
public abstract class CliRendererTests : IAsyncDisposable
{
    private readonly Type _samples;

    /// <summary>Tests of <paramref name="tool"/>'s registered renderer; <paramref name="samples"/> holds the named sample sources.</summary>
    protected CliRendererTests(string tool, Type samples)
    {
        Sut = CliToolHarness.CreateRenderer(tool);
        _samples = samples;
    }

    /// <summary>The renderer under test (without post-processing; <see cref="RenderAsync"/> adds it).</summary>
    protected IRenderer Sut { get; }

    /// <summary>The sample source named <paramref name="name"/> (a constant of the samples class).</summary>
    protected string Sample(string name) =>
        (string)(_samples.GetField(name, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)?.GetValue(null)
            ?? throw new ArgumentException($"{_samples.Name} has no sample {name}", nameof(name)));

    /// <summary>Renders through the registry's post-processing.</summary>
    protected Task<RenderResult> RenderAsync(string code, RenderOptions? options = null) => CliToolHarness.RenderAsync(Sut, code, options);

    /// <summary>Renders and asserts OCR finds every label; returns the OCR text.</summary>
    protected async Task<string> AssertShowsAsync(string code, params string[] labels) =>
        CliToolHarness.AssertRendersText(await RenderAsync(code), labels);

    /// <summary>Renders and asserts a failure of <paramref name="kind"/>; returns it.</summary>
    protected async Task<RenderFailure> AssertFailsAsync(string code, RenderFailureKind kind, RenderOptions? options = null)
    {
        var result = await RenderAsync(code, options);
        CliToolHarness.AssertFails(result, kind);
        return result.Failure!;
    }

    /// <summary>Renders <paramref name="code"/> to a final PNG (scale 1, 30 s) and asserts its words came from the PDF of the same run.</summary>
    protected Task<(RenderResult Result, LayoutFacts Layout)> RenderPdfLayoutAsync(string code) => CliToolHarness.RenderPdfLayoutAsync(Sut, code);

    /// <summary>Renders and asserts it failed as one of <paramref name="kinds"/> (hostile input may hit either bound first).</summary>
    protected async Task<RenderResult> AssertFailsAsOneOfAsync(string code, RenderOptions options, params RenderFailureKind[] kinds)
    {
        var result = await RenderAsync(code, options);
        Assert.False(result.Succeeded, "rendered although it should have failed");
        Assert.True(kinds.Contains(result.Failure!.Kind), $"{result.Failure.Kind}: {result.Failure.Message}");
        return result;
    }

    /// <summary>A hanging job times out within 6 s, and the next job (<paramref name="next"/>) still renders <paramref name="label"/>.</summary>
    protected async Task AssertTimesOutThenRendersAsync(string hang, string next, string label)
    {
        var result = await RenderAsync(hang, CliToolHarness.Fast);

        CliToolHarness.AssertFails(result, RenderFailureKind.Timeout);
        Assert.InRange(result.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(6));
        await AssertShowsAsync(next, label);
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return Sut.DisposeAsync();
    }
}
