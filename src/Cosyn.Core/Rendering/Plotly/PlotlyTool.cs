using Cosyn.Rendering.Chromium;
using Cosyn.Rendering.Python;

namespace Cosyn.Rendering.Plotly;

/// <summary>Plotly: Python code builds the figure in a warm Python worker; Chromium draws it with plotly.js.</summary>
public static class PlotlyTool
{
    /// <summary>The tool's name in metadata and on the command line.</summary>
    public const string Name = "plotly";

    /// <summary>The tool's definition, listed by <see cref="ToolRegistry"/>.</summary>
    public static ToolDefinition Definition { get; } = new()
    {
        Name = Name,
        // Python builds the figure in a warm worker; Chromium draws it with plotly.js (kaleido is not available).
        CreateRenderer = settings => new PlotlyRenderer(settings.Chromium, new PlotlyFigureBuilder(settings.Python)),
        // The untrusted code is the Python; the browser only draws the figure JSON it printed.
        Sandbox = settings => settings.Python.Sandbox,
        // plotly.express refuses to import without pandas.
        Requirements = PythonRuntime.Requirements.Plus(ChromiumRuntime.Requirements).Plus(new()
        {
            AptPackages = ["python3-plotly", "python3-pandas"],
            PythonModules = ["plotly", "plotly.express", "pandas"],
            NodeAssets = ["plotly.js-dist-min/plotly.min.js"],
        }),
    };
}
