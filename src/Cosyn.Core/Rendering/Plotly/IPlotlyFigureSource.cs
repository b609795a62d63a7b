namespace Cosyn.Rendering.Plotly;

/// <summary>Runs Plotly Python code and returns the figure it builds as JSON, for plotly.js to draw.</summary>
public interface IPlotlyFigureSource
{
    /// <summary>The figure JSON of <paramref name="code"/>, or a failure value; throws only on cancellation.</summary>
    Task<PlotlyFigureResult> BuildAsync(string code, RenderOptions options, CancellationToken ct);
}
