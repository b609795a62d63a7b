using System.Collections.Concurrent;

namespace Cosyn.Rendering.Chromium;

/// <summary>Serves files of the project-local npm folder (the pinned browser builds) to pages, read once and cached.</summary>
internal sealed class NodeAssets(string? root)
{
    private static readonly ConcurrentDictionary<string, byte[]> Cache = new(StringComparer.Ordinal);

    /// <summary>The folder served, or null when none was found.</summary>
    public string? Root { get; } = root is null ? null : Path.GetFullPath(root);

    /// <summary>Assets from <paramref name="configured"/>, or from <c>tools/node/node_modules</c> above the app or the working directory.</summary>
    public static NodeAssets Locate(string? configured) =>
        new(configured ?? FindUpwards(AppContext.BaseDirectory) ?? FindUpwards(Directory.GetCurrentDirectory()));

    /// <summary>The bytes of <paramref name="relative"/> (e.g. <c>mermaid/dist/mermaid.min.js</c>), or null when missing or outside the root.</summary>
    public byte[]? Read(string relative)
    {
        if (Root is null)
        {
            return null;
        }

        var full = Path.GetFullPath(Path.Combine(Root, relative));
        if (!full.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(full))
        {
            return null;
        }

        return Cache.GetOrAdd(full, File.ReadAllBytes);
    }

    private static string? FindUpwards(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tools", "node", "node_modules");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
