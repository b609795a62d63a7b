using Cosyn.Families.Diagrams.Model;

namespace Cosyn.Families.Diagrams.Writers.Mermaid;

/// <summary>A Mermaid flowchart: nodes declared with their shapes, then the links, then class definitions for start/end and checks.</summary>
internal static class MermaidFlowchartCode
{
    public static string Write(GraphDiagram flow, MermaidStyle style, SeededRandom random)
    {
        var text = new StringBuilder("flowchart TD\n");
        var terminal = random.Pick(new[] { ("([", "])"), ("((", "))"), ("[[", "]]") }.ToList());
        foreach (var node in flow.Nodes)
        {
            var (open, close) = node.Role switch
            {
                NodeRoles.Start or NodeRoles.End => terminal,
                NodeRoles.Decision => ("{", "}"),
                _ => random.Chance(0.5) ? ("[", "]") : ("(", ")"),
            };
            text.Append("    ").Append(node.Id).Append(open).Append(MermaidText.Quoted(node.Label)).Append(close).Append('\n');
        }

        text.Append('\n');
        var arrow = random.Pick(["-->", "==>", "-.->"]);
        foreach (var edge in flow.Edges)
        {
            text.Append("    ").Append(edge.From).Append(' ').Append(edge.Label is null ? arrow : $"{arrow}|{edge.Label}|").Append(' ').Append(edge.To).Append('\n');
        }

        text.Append('\n');
        text.Append("    classDef terminal fill:").Append(style.Accent).Append(",stroke:").Append(style.Stroke).Append(",stroke-width:2px\n");
        text.Append("    classDef check fill:").Append(style.Fill).Append(",stroke:").Append(style.Stroke).Append(",stroke-dasharray:4 2\n");
        text.Append("    class ").Append(string.Join(',', flow.Nodes.Where(n => n.Role is NodeRoles.Start or NodeRoles.End).Select(n => n.Id))).Append(" terminal\n");
        var checks = flow.Nodes.Where(n => n.Role == NodeRoles.Decision).Select(n => n.Id).ToList();
        if (checks.Count > 0)
        {
            text.Append("    class ").Append(string.Join(',', checks)).Append(" check\n");
        }

        return text.ToString();
    }
}
