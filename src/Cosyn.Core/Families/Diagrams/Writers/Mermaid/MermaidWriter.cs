using Cosyn.Families.Diagrams.Model;

namespace Cosyn.Families.Diagrams.Writers.Mermaid;

/// <summary>
/// Writes a diagram as Mermaid: a YAML front matter block with the theme (and the title, for diagram types that draw
/// it from there), then the kind's own syntax.
/// </summary>
public sealed class MermaidWriter : ThemedCodeWriter<Diagram, MermaidStyle>
{
    protected override MermaidStyle PickTheme(Diagram diagram, SeededRandom random) => random.Pick(MermaidStyles.All);

    protected override string Write(Diagram diagram, MermaidStyle style, SeededRandom random)
    {
        var text = new StringBuilder("---\n");
        if (diagram.Kind is DiagramFigureTypes.Flowchart or DiagramFigureTypes.State or DiagramFigureTypes.Class or DiagramFigureTypes.Er)
        {
            text.Append("title: ").Append(diagram.Title).Append('\n');
        }

        text.Append("config:\n  theme: ").Append(style.Theme).Append("\n  themeVariables:\n    fontFamily: \"").Append(style.Font).Append("\"\n");
        if (style.Theme == "base")
        {
            text.Append("    primaryColor: \"").Append(style.Fill).Append("\"\n    primaryBorderColor: \"").Append(style.Stroke).Append("\"\n    lineColor: \"").Append(style.Stroke).Append("\"\n");
        }

        // Natural size, not shrunk to the page: small text is what makes Mermaid images illegible.
        text.Append("  ").Append(ConfigKey(diagram.Kind)).Append(":\n    useMaxWidth: false\n");
        if (diagram.Kind == DiagramFigureTypes.Flowchart)
        {
            // Tighter ranks keep a ten-step flowchart from becoming a thin column.
            text.Append("    rankSpacing: 32\n    nodeSpacing: 40\n");
        }

        if (diagram is GanttDiagram)
        {
            // Gantt draws as wide as its container unless told; the bars carry their date labels, so give them room,
            // but a short plan gets a narrower chart so it does not turn into a thin strip.
            var width = Math.Clamp((160 * ((GanttDiagram)diagram).Tasks.Count) + 200, 900, 1300);
            text.Append("    useWidth: ").Append(width).Append("\n    barHeight: 30\n    barGap: 8\n    fontSize: 13\n    sectionFontSize: 14\n    leftPadding: 110\n");
        }

        text.Append("---\n");
        text.Append(diagram switch
        {
            GraphDiagram tree when tree.Kind == DiagramFigureTypes.Mindmap => MermaidMindmapCode.Write(tree, random),
            GraphDiagram state when state.Kind == DiagramFigureTypes.State => MermaidStateCode.Write(state, random),
            GraphDiagram flow => MermaidFlowchartCode.Write(flow, style, random),
            SequenceDiagram sequence => MermaidSequenceCode.Write(sequence, random),
            GanttDiagram gantt => MermaidGanttCode.Write(gantt, random),
            SchemaDiagram schema when schema.Kind == DiagramFigureTypes.Er => MermaidErCode.Write(schema, random),
            SchemaDiagram schema => MermaidClassCode.Write(schema, random),
            TimelineDiagram timeline => MermaidTimelineCode.Write(timeline),
            _ => throw new InvalidOperationException($"no Mermaid form for {diagram.Kind}"),
        });
        return text.ToString();
    }

    private static string ConfigKey(string kind) => kind switch
    {
        DiagramFigureTypes.Sequence => "sequence",
        DiagramFigureTypes.Gantt => "gantt",
        DiagramFigureTypes.Class => "class",
        DiagramFigureTypes.State => "state",
        DiagramFigureTypes.Er => "er",
        DiagramFigureTypes.Mindmap => "mindmap",
        DiagramFigureTypes.Timeline => "timeline",
        _ => "flowchart",
    };
}
