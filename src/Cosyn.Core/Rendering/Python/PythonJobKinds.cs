namespace Cosyn.Rendering.Python;

/// <summary>Job kinds the Python worker serves; each is a <c>cosyn_mode_*.py</c> module with its own capture convention.</summary>
public static class PythonJobKinds
{
    /// <summary>matplotlib code; output a PNG of the captured figure.</summary>
    public const string Matplotlib = "matplotlib";

    /// <summary>RDKit drawing code; output a PNG of the captured molecule image.</summary>
    public const string Rdkit = "rdkit";

    /// <summary>Plotly figure-building code; output the figure's JSON (drawn by plotly.js elsewhere).</summary>
    public const string PlotlyJson = "plotly-json";
}
