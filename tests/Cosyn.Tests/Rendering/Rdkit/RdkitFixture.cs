using Cosyn.Tests.Rendering.Matplotlib;
using Cosyn.Rendering.Rdkit;

namespace Cosyn.Tests.Rendering.Rdkit;

/// <summary>One warm RDKit renderer shared by the integration tests.</summary>
public sealed class RdkitFixture() : WarmToolFixture(ToolNames.Rdkit)
{
    public IRenderer Renderer { get; } = new RdkitRenderer(MatplotlibFixture.Options);

    public static RenderOptions Fast => MatplotlibFixture.Fast;

    public Task<RenderResult> RenderAsync(string code, RenderOptions? options = null) =>
        Renderer.RenderAsync(new RenderRequest(ToolNames.Rdkit, code, options ?? Fast), CancellationToken.None);

    protected override IEnumerable<IAsyncDisposable> Started() => [Renderer];
}
