using Cosyn.Rendering.Matplotlib;
using Cosyn.Rendering.Python;

namespace Cosyn.Tests.Rendering.Matplotlib;

/// <summary>One warm matplotlib renderer shared by the integration tests (worker start-up is the slow part).</summary>
public sealed class MatplotlibFixture() : WarmToolFixture(ToolNames.Matplotlib)
{
    public static PythonWorkerOptions Options { get; } = new()
    {
        Concurrency = 2,
        WorkRoot = Path.Combine(Path.GetTempPath(), "cosyn-render-tests"),
    };

    public PythonWorkerPool Pool { get; } = new(Options);

    public IRenderer Renderer => _renderer ??= new MatplotlibRenderer(Pool, TimeProvider.System);

    private IRenderer? _renderer;

    public static RenderOptions Fast { get; } = new() { Scale = 1, Timeout = TimeSpan.FromSeconds(3), MemoryMiB = 768 };

    /// <summary>Fast, with a time limit no loaded CI machine reaches first: memory tests must hit the memory limit.</summary>
    public static RenderOptions MemoryBound { get; } = Fast with { Timeout = TimeSpan.FromSeconds(30) };

    public Task<RenderResult> RenderAsync(string code, RenderOptions? options = null) =>
        Renderer.RenderAsync(new RenderRequest(ToolNames.Matplotlib, code, options ?? Fast), CancellationToken.None);

    protected override IEnumerable<IAsyncDisposable> Started() => [Renderer];
}
