namespace Cosyn.Rendering.Plotly;

/// <summary>A figure source for code that already is figure JSON (<c>fig.to_json()</c> output): passes it through.</summary>
public sealed class FigureJsonSource : IPlotlyFigureSource
{
    /// <inheritdoc/>
    public Task<PlotlyFigureResult> BuildAsync(string code, RenderOptions options, CancellationToken cancellationToken) =>
        Task.FromResult(PlotlyFigureResult.Success(code));

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
