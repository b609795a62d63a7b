namespace Cosyn.Rendering.Python;

/// <summary>What every tool run by the sandboxed Python workers needs, before its own libraries.</summary>
public static class PythonRuntime
{
    /// <summary>The interpreter (<see cref="PythonWorkerOptions.PythonPath"/>).</summary>
    public static ToolRequirements Requirements { get; } = new() { Binaries = ["python3"] };
}
