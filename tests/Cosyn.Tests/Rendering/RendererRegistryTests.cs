namespace Cosyn.Tests.Rendering;

public sealed class RendererRegistryTests
{
    private int _created;

    private RendererRegistry CreateSut(FakeRenderer renderer) => new(new Dictionary<string, Func<IRenderer>>
    {
        ["fake"] = () =>
        {
            _created++;
            return renderer;
        },
    });

    [Fact]
    public async Task Get_Twice_CreatesRendererOnceAndLazily()
    {
        var renderer = new FakeRenderer();
        await using var sut = CreateSut(renderer);
        Assert.Equal(0, _created);

        Assert.Same(sut.Get("fake"), sut.Get("fake"));
        Assert.Equal(1, _created);
    }

    [Fact]
    public async Task Get_UnknownTool_ThrowsKeyNotFound()
    {
        await using var sut = CreateSut(new FakeRenderer());

        Assert.Throws<KeyNotFoundException>(() => sut.Get("nope"));
    }

    [Fact]
    public async Task Dispose_DisposesCreatedRenderers()
    {
        var renderer = new FakeRenderer();
        var sut = CreateSut(renderer);
        sut.Get("fake");

        await sut.DisposeAsync();

        Assert.True(renderer.Disposed);
    }

    [Fact]
    public async Task CreateDefault_ListsPythonToolsWithoutStartingThem()
    {
        await using var sut = RendererRegistry.CreateDefault(new RenderingSettings());

        Assert.Contains(ToolNames.Matplotlib, sut.Tools);
        Assert.Contains(ToolNames.Rdkit, sut.Tools);
    }

    [Theory]
    [InlineData(ToolNames.Latex)]
    [InlineData(ToolNames.Graphviz)]
    [InlineData(ToolNames.Svg)]
    [InlineData(ToolNames.Asymptote)]
    [InlineData(ToolNames.Lilypond)]
    public async Task CreateDefault_RegistersCommandLineTool(string tool)
    {
        await using var sut = RendererRegistry.CreateDefault(new RenderingSettings());

        Assert.Equal(tool, sut.Get(tool).Tool);
    }

    private sealed class FakeRenderer : IRenderer
    {
        public bool Disposed { get; private set; }

        public string Tool => "fake";

        public Task<RenderResult> RenderAsync(RenderRequest request, CancellationToken cancellationToken) =>
            Task.FromResult(RenderResult.Success([], TimeSpan.Zero));

        public ValueTask DisposeAsync()
        {
            Disposed = true;
            return ValueTask.CompletedTask;
        }
    }
}
