namespace Cosyn.Rendering.Plotly;

/// <summary>Runs Plotly Python code and returns the figure as JSON (<c>fig.to_json()</c>); the Python worker will provide a warm one.</summary>
public interface IPlotlyFigureSource : IAsyncDisposable
{
    /// <summary>Builds the figure; bad code is a failed <see cref="PlotlyFigureResult"/>, not an exception.</summary>
    Task<PlotlyFigureResult> BuildAsync(string code, RenderOptions options, CancellationToken cancellationToken);
}
