using Cosyn.Tests.Rendering.Matplotlib;
using Cosyn.Rendering.Plotly;

namespace Cosyn.Tests.Rendering.Plotly;

/// <summary>One warm Plotly figure builder shared by the integration tests.</summary>
public sealed class PlotlyFixture : IAsyncLifetime
{
    public PlotlyFigureBuilder Builder { get; } = new(MatplotlibFixture.Options);

    public Task<PlotlyFigureResult> BuildAsync(string code, RenderOptions? options = null) =>
        Builder.BuildAsync(code, options ?? MatplotlibFixture.Fast, CancellationToken.None);

    public Task InitializeAsync()
    {
        RequiredTool.For(ToolNames.Plotly);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Builder.DisposeAsync();
}
