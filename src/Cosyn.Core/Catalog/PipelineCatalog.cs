using Cosyn.Rendering;

namespace Cosyn.Catalog;

/// <summary>The full CoSyn pipeline catalog (DESIGN.md section 2). Whether one is implemented is decided by the synthesizer, not here.</summary>
public static class PipelineCatalog
{
    /// <summary>All pipelines, in catalog order.</summary>
    public static IReadOnlyList<PipelineDescriptor> All { get; } =
    [
        new("chart-matplotlib", ToolNames.Matplotlib, "chart", ["bar", "horizontal bar", "grouped bar", "stacked bar", "line", "multi-line", "area", "pie", "donut", "scatter", "bubble", "histogram", "box", "heatmap", "radar", "funnel", "waterfall", "candlestick", "dual-axis"]),
        new("chart-plotly", ToolNames.Plotly, "chart", ["bar", "horizontal bar", "grouped bar", "stacked bar", "line", "multi-line", "area", "pie", "donut", "scatter", "bubble", "histogram", "box", "heatmap", "radar", "funnel", "waterfall", "candlestick", "dual-axis"]),
        new("chart-vegalite", ToolNames.VegaLite, "chart", ["bar", "horizontal bar", "grouped bar", "stacked bar", "line", "multi-line", "area", "pie", "donut", "scatter", "bubble", "histogram", "heatmap"]),
        new("chart-latex", ToolNames.Latex, "chart", ["bar", "horizontal bar", "grouped bar", "stacked bar", "line", "multi-line", "area", "pie", "scatter"]),
        new("chart-html", ToolNames.Html, "chart", ["bar", "horizontal bar", "grouped bar", "stacked bar", "line", "multi-line", "area", "pie", "donut"]),
        new("table-latex", ToolNames.Latex, "table", ["simple table", "grouped header table", "totals table", "wide table", "long table"]),
        new("table-matplotlib", ToolNames.Matplotlib, "table", ["simple table", "totals table", "highlighted table", "long table"]),
        new("table-plotly", ToolNames.Plotly, "table", ["simple table", "totals table", "highlighted table", "grouped header table", "long table"]),
        new("table-html", ToolNames.Html, "table", ["simple table", "grouped header table", "totals table", "highlighted table", "wide table", "long table"]),
        new("document-latex", ToolNames.Latex, "document", ["report", "form", "letter", "invoice", "lab report", "resume", "certificate"]),
        new("document-html", ToolNames.Html, "document", ["receipt", "nutrition label", "menu", "boarding pass", "recipe card", "bank statement", "schedule", "product sheet", "invoice"]),
        new("diagram-graphviz", ToolNames.Graphviz, "diagram", ["flowchart", "org chart", "state diagram", "network", "dependency graph"]),
        new("diagram-mermaid", ToolNames.Mermaid, "diagram", ["flowchart", "sequence", "gantt", "class", "state", "mindmap", "timeline", "er"]),
        new("diagram-latex", ToolNames.Latex, "diagram", ["flowchart", "process diagram", "tree", "timeline"]),
        new("circuit-latex", ToolNames.Latex, "circuit", ["series circuit", "parallel circuit", "voltage divider", "rc circuit", "rlc circuit", "op-amp stage"]),
        new("chemical-rdkit", ToolNames.Rdkit, "molecule", ["molecule", "molecule with atom indices", "functional group highlight"]),
        new("math-latex", ToolNames.Latex, "math", ["algebra", "arithmetic word problem", "geometry", "probability", "calculus"]),
        new("music-lilypond", ToolNames.Lilypond, "sheet music", ["melody", "melody with lyrics", "lead sheet with chords"]),
        new("graphic-svg", ToolNames.Svg, "vector graphic", ["geometry problem", "infographic", "icon with labels", "map"]),
        new("graphic-asymptote", ToolNames.Asymptote, "vector graphic", ["triangle", "circle", "polygon", "coordinate plane", "solid"]),
        new("screen-html", ToolNames.Html, "screen", ["settings page", "dashboard", "checkout form", "chat app", "email client"]),
        new("point-html", ToolNames.Html, "pointing", ["document with targets", "form with targets", "screen with targets"]),
    ];

    /// <summary>Looks a pipeline up by name (case-insensitive).</summary>
    public static PipelineDescriptor? Find(string name) =>
        All.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
}
