using Cosyn.Tests.Rendering.Matplotlib;
using Cosyn.Rendering.Rdkit;

namespace Cosyn.Tests.Rendering.Rdkit;

/// <summary>One warm RDKit renderer shared by the integration tests.</summary>
public sealed class RdkitFixture : IAsyncLifetime
{
    public RdkitFixture() => Renderer = new RdkitRenderer(MatplotlibFixture.Options);

    public IRenderer Renderer { get; }

    public static RenderOptions Fast => MatplotlibFixture.Fast;

    public Task<RenderResult> RenderAsync(string code, RenderOptions? options = null) =>
        Renderer.RenderAsync(new RenderRequest(ToolNames.Rdkit, code, options ?? Fast), CancellationToken.None);

    public Task InitializeAsync()
    {
        RequiredTool.For(ToolNames.Rdkit);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Renderer.DisposeAsync();
}
