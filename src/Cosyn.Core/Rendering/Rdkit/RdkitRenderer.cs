using Cosyn.Rendering.Python;

namespace Cosyn.Rendering.Rdkit;

/// <summary>Renders RDKit molecule-drawing Python code in sandboxed, forking Python workers (capture convention: cosyn_mode_rdkit.py).</summary>
public sealed class RdkitRenderer(PythonWorkerPool pool, TimeProvider time) : PythonImageRenderer(pool, time)
{
    /// <summary>A renderer with its own pool of <paramref name="options"/>; its workers import RDKit and PIL, not matplotlib.</summary>
    public RdkitRenderer(PythonWorkerOptions options)
        : this(new PythonWorkerPool(Configure(options)), TimeProvider.System)
    {
    }

    /// <summary><paramref name="options"/> set up for RDKit jobs.</summary>
    public static PythonWorkerOptions Configure(PythonWorkerOptions options) =>
        options with { Tool = RdkitTool.Name, JobKind = PythonJobKinds.Rdkit };
}
