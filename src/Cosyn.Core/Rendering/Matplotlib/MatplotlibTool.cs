using Cosyn.Rendering.Images;
using Cosyn.Rendering.Python;

namespace Cosyn.Rendering.Matplotlib;

/// <summary>Matplotlib: Python code drawn by a warm, sandboxed Python worker.</summary>
public static class MatplotlibTool
{
    /// <summary>The tool's name in metadata and on the command line.</summary>
    public const string Name = "matplotlib";

    /// <summary>The tool's definition, listed by <see cref="ToolRegistry"/>.</summary>
    public static ToolDefinition Definition { get; } = PythonRuntime.Define(
        Name,
        options => new MatplotlibRenderer(options),
        // The worker crops by this same margin and tolerance itself (cosyn_mode_matplotlib.py), so the policy keeps its PNG.
        ImagePolicy.Default with { TrimMargin = 16 },
        // What chart code habitually imports besides matplotlib (docs/python-rendering.md lists it).
        new()
        {
            AptPackages = ["python3-matplotlib", "python3-numpy", "python3-seaborn", "python3-scipy", "python3-networkx", "python3-statsmodels", "python3-sympy", "python3-matplotlib-venn"],
            PythonModules = ["matplotlib", "numpy", "seaborn", "scipy", "networkx", "statsmodels", "sympy", "matplotlib_venn"],
        });
}
