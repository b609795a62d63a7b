using Cosyn.Rendering.CliTools;
using Cosyn.Rendering.Python;

namespace Cosyn.Rendering;

/// <summary>Settings for all renderers: one section per runtime (Python now; Chromium, CLI tools later).</summary>
public sealed record RenderingSettings
{
    /// <summary>Python workers (matplotlib; later plotly and rdkit).</summary>
    public PythonWorkerOptions Python { get; init; } = new();

    /// <summary>Sandboxed command-line tools (LaTeX, Graphviz, SVG, Asymptote, LilyPond), one job per process.</summary>
    public CliToolsSettings CliTools { get; init; } = new();
}
