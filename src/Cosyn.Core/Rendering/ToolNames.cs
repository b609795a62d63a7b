namespace Cosyn.Rendering;

/// <summary>The eleven rendering tools, by the names used in metadata and on the command line.</summary>
public static class ToolNames
{
    public const string Matplotlib = "matplotlib";
    public const string Plotly = "plotly";
    public const string VegaLite = "vegalite";
    public const string Latex = "latex";
    public const string Html = "html";
    public const string Mermaid = "mermaid";
    public const string Graphviz = "graphviz";
    public const string Svg = "svg";
    public const string Asymptote = "asymptote";
    public const string Lilypond = "lilypond";
    public const string Rdkit = "rdkit";
}
