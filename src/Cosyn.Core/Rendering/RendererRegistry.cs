using System.Collections.Concurrent;
using Cosyn.Rendering.Images;

namespace Cosyn.Rendering;

/// <summary>Creates renderers lazily, one per tool, from registered factories; disposing it disposes every renderer created.</summary>
public sealed class RendererRegistry : IRendererRegistry
{
    private readonly IReadOnlyDictionary<string, Func<IRenderer>> _factories;
    private readonly ConcurrentDictionary<string, Lazy<IRenderer>> _created = new(StringComparer.Ordinal);
    private int _disposed;

    /// <summary>A registry over <paramref name="factories"/> (tool name to factory); nothing starts until <see cref="Get"/>.</summary>
    public RendererRegistry(IReadOnlyDictionary<string, Func<IRenderer>> factories)
    {
        ArgumentNullException.ThrowIfNull(factories);
        _factories = factories;
    }

    /// <inheritdoc/>
    public IReadOnlyCollection<string> Tools => [.. _factories.Keys.Order(StringComparer.Ordinal)];

    /// <summary>The registry with every built-in tool (see <see cref="ToolRegistry"/>), each behind the shared image post-processing with its own policy.</summary>
    public static RendererRegistry CreateDefault(RenderingSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new(ToolRegistry.All.ToDictionary(
            tool => tool.Name,
            tool => (Func<IRenderer>)(() => new PostProcessingRenderer(tool.CreateRenderer(settings), tool.ImagePolicy)),
            StringComparer.Ordinal));
    }

    /// <inheritdoc/>
    public IRenderer Get(string tool)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        if (!_factories.TryGetValue(tool, out var factory))
        {
            throw new KeyNotFoundException($"no renderer for tool '{tool}'; known: {string.Join(", ", Tools)}");
        }

        return _created.GetOrAdd(tool, _ => new Lazy<IRenderer>(factory)).Value;
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        foreach (var renderer in _created.Values.Where(l => l.IsValueCreated).Select(l => l.Value))
        {
            await renderer.DisposeAsync().ConfigureAwait(false);
        }

        _created.Clear();
    }
}
