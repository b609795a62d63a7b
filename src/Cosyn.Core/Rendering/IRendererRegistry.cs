namespace Cosyn.Rendering;

/// <summary>Finds the renderer for a tool; owns renderer lifetimes (workers start lazily and stop on dispose).</summary>
public interface IRendererRegistry : IAsyncDisposable
{
    /// <summary>Tools this registry can render.</summary>
    IReadOnlyCollection<string> Tools { get; }

    /// <summary>The renderer for <paramref name="tool"/>; throws <see cref="KeyNotFoundException"/> for an unknown tool.</summary>
    IRenderer Get(string tool);
}
