using Cosyn.Rendering.Python;

namespace Cosyn.Rendering.Matplotlib;

/// <summary>Renders matplotlib Python code in sandboxed, forking Python workers (capture convention: cosyn_mode_matplotlib.py).</summary>
public sealed class MatplotlibRenderer(PythonWorkerPool pool, TimeProvider time) : PythonImageRenderer(pool, time)
{
    /// <summary>A renderer with its own pool of <paramref name="options"/>.</summary>
    public MatplotlibRenderer(PythonWorkerOptions options)
        : this(new PythonWorkerPool(Configure(options)), TimeProvider.System)
    {
    }

    /// <summary><paramref name="options"/> set up for matplotlib jobs.</summary>
    public static PythonWorkerOptions Configure(PythonWorkerOptions options) =>
        options with { Tool = MatplotlibTool.Name, JobKind = PythonJobKinds.Matplotlib };
}
