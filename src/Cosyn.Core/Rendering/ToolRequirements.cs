namespace Cosyn.Rendering;

/// <summary>What a tool needs on the machine; every item must be installed (and checked) by <c>scripts/bootstrap.sh</c>.</summary>
public sealed record ToolRequirements
{
    /// <summary>Debian packages (bootstrap's <c>APT_PACKAGES</c>).</summary>
    public IReadOnlyList<string> AptPackages { get; init; } = [];

    /// <summary>Executables on the PATH (bootstrap's <c>KEY_BINARIES</c>).</summary>
    public IReadOnlyList<string> Binaries { get; init; } = [];

    /// <summary>Python modules <c>/usr/bin/python3</c> must import (bootstrap's <c>PYTHON_MODULES</c>).</summary>
    public IReadOnlyList<string> PythonModules { get; init; } = [];

    /// <summary>Browser builds under <c>tools/node/node_modules</c> (bootstrap's <c>NODE_ASSETS</c>).</summary>
    public IReadOnlyList<string> NodeAssets { get; init; } = [];

    /// <summary>These requirements and <paramref name="more"/>, each item once.</summary>
    public ToolRequirements Plus(ToolRequirements more)
    {
        ArgumentNullException.ThrowIfNull(more);
        return new()
        {
            AptPackages = [.. AptPackages.Union(more.AptPackages, StringComparer.Ordinal)],
            Binaries = [.. Binaries.Union(more.Binaries, StringComparer.Ordinal)],
            PythonModules = [.. PythonModules.Union(more.PythonModules, StringComparer.Ordinal)],
            NodeAssets = [.. NodeAssets.Union(more.NodeAssets, StringComparer.Ordinal)],
        };
    }
}
