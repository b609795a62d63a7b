using Cosyn.Rendering.Chromium;
using Cosyn.Rendering.CliTools;
using Cosyn.Rendering.Python;

namespace Cosyn.Rendering;

/// <summary>Settings for all renderers: one section per runtime (Python now; Chromium, CLI tools later).</summary>
public sealed record RenderingSettings
{
    /// <summary>Python workers. Each Python tool (matplotlib, rdkit, plotly) gets its own pool of this size, started on first use.</summary>
    public PythonWorkerOptions Python { get; init; } = new();

    /// <summary>Chromium browsers (html, mermaid, vegalite, plotly): browsers per tool, memory, sandbox.</summary>
    public ChromiumOptions Chromium { get; init; } = new();

    /// <summary>Sandboxed command-line tools (LaTeX, Graphviz, SVG, Asymptote, LilyPond), one job per process (LilyPond batches Scheme-free scores).</summary>
    public CliToolsSettings CliTools { get; init; } = new();
}
