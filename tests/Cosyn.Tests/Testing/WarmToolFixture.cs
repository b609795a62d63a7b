namespace Cosyn.Tests.Testing;

/// <summary>
/// Base of a fixture that keeps real tools warm for a test class or collection (starting them is the slow part): every
/// test fails when one of its tools is missing, and what the fixture started is disposed after the tests.
/// </summary>
public abstract class WarmToolFixture : IAsyncLifetime
{
    private readonly string[] _tools;

    /// <summary>A fixture of <paramref name="tools"/> (registered tool names).</summary>
    protected WarmToolFixture(params string[] tools) => _tools = tools;

    public Task InitializeAsync()
    {
        RequiredTool.For(_tools);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        foreach (var started in Started())
        {
            await started.DisposeAsync();
        }
    }

    /// <summary>The renderers and workers the fixture started, disposed in this order.</summary>
    protected abstract IEnumerable<IAsyncDisposable> Started();
}
