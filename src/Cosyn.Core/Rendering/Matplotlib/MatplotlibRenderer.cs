using Cosyn.Rendering.Python;

namespace Cosyn.Rendering.Matplotlib;

/// <summary>Renders matplotlib Python code in sandboxed, forking Python workers.</summary>
public sealed class MatplotlibRenderer(PythonWorkerPool pool, TimeProvider time) : IRenderer
{
    /// <summary>A renderer with its own pool of <paramref name="options"/>.</summary>
    public MatplotlibRenderer(PythonWorkerOptions options)
        : this(new PythonWorkerPool(options with { Tool = ToolNames.Matplotlib }), TimeProvider.System)
    {
    }

    /// <inheritdoc/>
    public string Tool => ToolNames.Matplotlib;

    /// <inheritdoc/>
    public async Task<RenderResult> RenderAsync(RenderRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var started = time.GetTimestamp();
        var run = await pool.RunAsync(request.Code, request.Options, cancellationToken).ConfigureAwait(false);
        var elapsed = time.GetElapsedTime(started);
        if (run.Failure is { } failure)
        {
            return RenderResult.Failed(failure, elapsed);
        }

        var reply = run.Reply!;
        if (PythonFailureParser.Classify(Tool, reply) is { } classified)
        {
            return RenderResult.Failed(classified, elapsed);
        }

        return run.Png is { } png
            ? RenderResult.Success(png, elapsed)
            : RenderResult.Failed(new RenderFailure(Tool, RenderFailureKind.ImageRejected, "PNG missing or larger than the output limit", ""), elapsed);
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => pool.DisposeAsync();
}
