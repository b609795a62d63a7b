using Cosyn.Rendering.Python;

namespace Cosyn.Rendering.Rdkit;

/// <summary>Renders RDKit molecule-drawing Python code in sandboxed, forking Python workers (capture convention: cosyn_mode_rdkit.py).</summary>
public sealed class RdkitRenderer(PythonWorkerPool pool, TimeProvider time) : PythonImageRenderer(pool, time)
{
    /// <summary>A renderer with its own pool of <paramref name="options"/>; its workers import RDKit and PIL, not matplotlib.</summary>
    public RdkitRenderer(PythonWorkerOptions options)
        : this(PythonWorkerPool.For(RdkitTool.Name, PythonJobKinds.Rdkit, options), TimeProvider.System)
    {
    }
}
