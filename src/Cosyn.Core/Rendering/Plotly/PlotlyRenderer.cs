using Cosyn.Rendering.Chromium;

namespace Cosyn.Rendering.Plotly;

/// <summary>Plotly Python code → figure JSON (an <see cref="IPlotlyFigureSource"/>) → plotly.js in a warm Chromium page → PNG.</summary>
public sealed class PlotlyRenderer : IRenderer
{
    private readonly ChromiumPool _pool;
    private readonly IPlotlyFigureSource _figures;
    private readonly LibraryPage _page;

    /// <summary>A renderer over <paramref name="pool"/> (created by <see cref="CreatePool"/>) and <paramref name="figures"/>.</summary>
    public PlotlyRenderer(ChromiumPool pool, IPlotlyFigureSource figures)
    {
        _pool = pool;
        _figures = figures;
        _page = new LibraryPage(pool, PlotlyTool.Name, "#out");
    }

    /// <summary>A renderer with its own browser pool and the cold sandboxed Python figure source.</summary>
    public PlotlyRenderer(ChromiumOptions options)
        : this(CreatePool(options), new SandboxedPlotlyFigureSource())
    {
    }

    /// <summary>A renderer with its own browser pool and the given figure source (e.g. the warm Python worker).</summary>
    public PlotlyRenderer(ChromiumOptions options, IPlotlyFigureSource figures)
        : this(CreatePool(options), figures)
    {
    }

    /// <inheritdoc/>
    public string Tool => PlotlyTool.Name;

    /// <summary>A pool whose pages have plotly.js loaded.</summary>
    public static ChromiumPool CreatePool(ChromiumOptions options) => LibraryPage.CreatePool(PlotlyTool.Name, options);

    /// <inheritdoc/>
    public async Task<RenderResult> RenderAsync(RenderRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var started = TimeProvider.System.GetTimestamp();
        var figure = await _figures.BuildAsync(request.Code, request.Options, cancellationToken).ConfigureAwait(false);
        if (figure.FigureJson is not { } json)
        {
            return RenderResult.Failed(figure.Failure!, TimeProvider.System.GetElapsedTime(started));
        }

        var drawn = await RenderFigureAsync(json, request.Options, captureMarkup: false, cancellationToken).ConfigureAwait(false);
        var elapsed = TimeProvider.System.GetElapsedTime(started);
        return drawn.Result.WithElapsed(elapsed);
    }

    /// <summary>Draws a figure JSON (what <c>fig.to_json()</c> gives) with plotly.js.</summary>
    internal Task<ChromiumRender> RenderFigureAsync(string figureJson, RenderOptions options, bool captureMarkup, CancellationToken cancellationToken) =>
        _page.RenderAsync(figureJson, options, captureMarkup, cancellationToken);

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await _pool.DisposeAsync().ConfigureAwait(false);
        await _figures.DisposeAsync().ConfigureAwait(false);
    }
}
