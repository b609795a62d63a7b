using Cosyn.Rendering.Python;

namespace Cosyn.Rendering.Plotly;

/// <summary>Builds Plotly figures in warm, sandboxed, forking Python workers (capture convention: cosyn_mode_plotly.py).</summary>
public sealed class PlotlyFigureBuilder(PythonWorkerPool pool) : IPlotlyFigureSource, IAsyncDisposable
{
    /// <summary>A builder with its own pool of <paramref name="options"/>; its workers import plotly (and pandas for plotly.express), not matplotlib.</summary>
    public PlotlyFigureBuilder(PythonWorkerOptions options)
        : this(PythonWorkerPool.For(PlotlyTool.Name, PythonJobKinds.PlotlyJson, options))
    {
    }

    /// <inheritdoc/>
    public async Task<PlotlyFigureResult> BuildAsync(string code, RenderOptions options, CancellationToken cancellationToken)
    {
        var run = await pool.RunAsync(code, options, cancellationToken).ConfigureAwait(false);
        return run.FailureFor(pool.Tool) is { } failure
            ? PlotlyFigureResult.Failed(failure)
            : PlotlyFigureResult.Success(Encoding.UTF8.GetString(run.Output!));
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => pool.DisposeAsync();
}
