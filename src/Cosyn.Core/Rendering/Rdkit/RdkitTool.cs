using Cosyn.Rendering.Images;
using Cosyn.Rendering.Python;

namespace Cosyn.Rendering.Rdkit;

/// <summary>RDKit: Python code drawing molecules in a warm, sandboxed Python worker.</summary>
public static class RdkitTool
{
    /// <summary>The tool's name in metadata and on the command line.</summary>
    public const string Name = "rdkit";

    /// <summary>The tool's definition, listed by <see cref="ToolRegistry"/>.</summary>
    public static ToolDefinition Definition { get; } = PythonRuntime.Define(
        Name,
        options => new RdkitRenderer(options),
        // Molecules are thin line art on white: 96-98 % background even after trimming. Only a blank canvas is rejected.
        ImagePolicy.Default with { MaxDominantColourFraction = 0.995 },
        // RDKit's Draw returns PIL images.
        new() { AptPackages = ["python3-rdkit", "python3-pil"], PythonModules = ["rdkit", "PIL"] });
}
