using Cosyn.Rendering.Images;

namespace Cosyn.Rendering.Python;

/// <summary>What every tool run by the sandboxed Python workers needs, before its own libraries.</summary>
public static class PythonRuntime
{
    /// <summary>The interpreter (<see cref="PythonWorkerOptions.PythonPath"/>).</summary>
    public static ToolRequirements Requirements { get; } = new() { Binaries = ["python3"] };

    /// <summary>
    /// A tool whose code runs in the warm Python workers of <see cref="RenderingSettings.Python"/>, in their sandbox,
    /// needing the interpreter and <paramref name="libraries"/>.
    /// </summary>
    public static ToolDefinition Define(
        string name, Func<PythonWorkerOptions, IRenderer> renderer, ImagePolicy imagePolicy, ToolRequirements libraries) => new()
    {
        Name = name,
        CreateRenderer = settings => renderer(settings.Python),
        Sandbox = settings => settings.Python.Sandbox,
        ImagePolicy = imagePolicy,
        Requirements = Requirements.Plus(libraries),
    };
}
