using System.Text;
using Cosyn.Rendering.Layout;
using Cosyn.Rendering.Targets;

namespace Cosyn.Tests.Testing.Fakes;

/// <summary>A renderer registry whose "PNG" is the code's bytes; a callback can fail renders.</summary>
internal sealed class FakeRendererRegistry : IRendererRegistry, IRenderer
{
    public Func<RenderRequest, RenderFailure?> FailWhen { get; set; } = _ => null;

    /// <summary>Real image bytes for a request (e.g. to exercise perceptual hashing); null keeps the code-as-bytes stand-in.</summary>
    public Func<RenderRequest, byte[]>? Image { get; set; }

    /// <summary>Measured text boxes for a successful render (e.g. overlapping labels for the layout repair loop); null measures none.</summary>
    public Func<RenderRequest, LayoutFacts?>? Layout { get; set; }

    /// <summary>Measured pointing targets for a successful render (the marks a page shows); null measures none.</summary>
    public Func<RenderRequest, RenderTargets?>? Targets { get; set; }

    /// <summary>Figures the code drew, as a renderer that counts them reports (Matplotlib); null reports no count.</summary>
    public Func<RenderRequest, int?>? FiguresFound { get; set; }

    public int Renders;

    public IReadOnlyCollection<string> Tools => [ToolNames.Matplotlib];

    public string Tool => ToolNames.Matplotlib;

    public IRenderer Get(string tool) => this;

    public Task<RenderResult> RenderAsync(RenderRequest request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref Renders);
        var failure = FailWhen(request);
        return Task.FromResult(failure is null
            ? RenderResult.Success(Image?.Invoke(request) ?? Encoding.UTF8.GetBytes("PNG:" + request.Code), TimeSpan.Zero) with { Layout = Layout?.Invoke(request), Targets = Targets?.Invoke(request), FiguresFound = FiguresFound?.Invoke(request) }
            : RenderResult.Failed(failure, TimeSpan.Zero));
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
