using Cosyn.Rendering.Layout;
using Cosyn.Rendering.Targets;

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
            : RenderResult.Success(run.Output!, elapsed) with { Layout = LayoutOf(run), FiguresFound = run.Reply?.FiguresFound };
    }

    private LayoutFacts LayoutOf(PythonRun run)
    {
        var (width, height) = PngSize.Read(run.Output!);
        return run.Reply?.Layout is { } layout
            ? layout.ToFacts(width, height)
            : LayoutFacts.Unavailable(width, height, $"{Tool} jobs report no text boxes");
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return pool.DisposeAsync();
    }
}
