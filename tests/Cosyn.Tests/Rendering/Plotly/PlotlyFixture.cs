using Cosyn.Tests.Rendering.Matplotlib;
using Cosyn.Rendering.Plotly;

namespace Cosyn.Tests.Rendering.Plotly;

/// <summary>One warm Plotly figure builder shared by the integration tests.</summary>
public sealed class PlotlyFixture() : WarmToolFixture(ToolNames.Plotly)
{
    public PlotlyFigureBuilder Builder { get; } = new(MatplotlibFixture.Options);

    public Task<PlotlyFigureResult> BuildAsync(string code, RenderOptions? options = null) =>
        Builder.BuildAsync(code, options ?? MatplotlibFixture.Fast, CancellationToken.None);

    protected override IEnumerable<IAsyncDisposable> Started() => [Builder];
}
