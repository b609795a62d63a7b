namespace Cosyn.Rendering.Python;

/// <summary>Renders Python code whose job kind yields a PNG (matplotlib, RDKit) on a pool of sandboxed, forking workers.</summary>
public class PythonImageRenderer(PythonWorkerPool pool, TimeProvider time) : IRenderer
{
    /// <inheritdoc/>
    public string Tool => pool.Tool;

    /// <inheritdoc/>
    public async Task<RenderResult> RenderAsync(RenderRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var started = time.GetTimestamp();
        var run = await pool.RunAsync(request.Code, request.Options, cancellationToken).ConfigureAwait(false);
        var elapsed = time.GetElapsedTime(started);
        return run.FailureFor(Tool) is { } failure
            ? RenderResult.Failed(failure, elapsed)
            : RenderResult.Success(run.Output!, elapsed);
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return pool.DisposeAsync();
    }
}
