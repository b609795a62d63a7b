using Cosyn.Families.Diagrams.Model;
using Cosyn.Families.Shared.Code;

namespace Cosyn.Families.Diagrams.Writers.Latex;

/// <summary>
/// A TikZ flowchart: the main flow in one column (<c>below=of</c>), each check's "No" step to its right, and the
/// step's way back drawn with <c>|-</c> so it never crosses the column. Checks are never adjacent, so side paths cannot meet.
/// </summary>
internal static class TikzFlowchartCode
{
    public static string Write(GraphDiagram flow, SeededRandom random)
    {
        var text = new StringBuilder();
        var distance = random.NextDouble(0.55, 0.8).ToString("0.00", CultureInfo.InvariantCulture);
        var corners = random.Chance(0.5) ? "rounded corners=3pt, " : string.Empty;
        text.Append(@"\begin{tikzpicture}[").Append('\n');
        text.Append("    node distance=").Append(distance).Append("cm and 1.1cm,\n");
        text.Append("    every node/.style={font=\\small},\n");
        text.Append("    terminal/.style={ellipse, draw=nodeline, fill=accent, thick, minimum width=3cm, text width=3.2cm, align=center},\n");
        text.Append("    box/.style={rectangle, ").Append(corners).Append("draw=nodeline, fill=nodefill, thick, text width=3.4cm, minimum height=8mm, align=center},\n");
        text.Append("    check/.style={diamond, aspect=2.2, draw=nodeline, fill=accent!60, thick, text width=2.6cm, inner sep=0pt, align=center},\n");
        text.Append("    flow/.style={-{Stealth[length=2.5mm]}, thick, draw=arrowline},\n");
        text.Append("]\n");
        var main = flow.Nodes.Where(n => !flow.Edges.Any(e => e.To == n.Id && e.Label == "No")).ToList();
        string? previous = null;
        foreach (var node in main)
        {
            var style = node.Role switch { NodeRoles.Start or NodeRoles.End => "terminal", NodeRoles.Decision => "check", _ => "box" };
            var place = previous is null ? string.Empty : $", below=of {previous}";
            text.Append("  \\node[").Append(style).Append(place).Append("] (").Append(node.Id).Append(") {").Append(LatexText.Escape(node.Label)).Append("};\n");
            if (node.Role == NodeRoles.Decision)
            {
                var remedy = flow.Node(flow.Out(node.Id).Single(e => e.Label == "No").To);
                text.Append("  \\node[box, right=1.4cm of ").Append(node.Id).Append("] (").Append(remedy.Id).Append(") {").Append(LatexText.Escape(remedy.Label)).Append("};\n");
            }

            previous = node.Id;
        }

        text.Append('\n');
        foreach (var edge in flow.Edges)
        {
            var fromRemedy = !main.Any(n => n.Id == edge.From);
            text.Append("  \\draw[flow] (").Append(edge.From).Append(')');
            text.Append(edge.Label switch
            {
                "Yes" => " -- node[right, font=\\footnotesize\\itshape] {Yes} ",
                "No" => " -- node[above, font=\\footnotesize\\itshape] {No} ",
                _ => fromRemedy ? " |- " : " -- ",
            });
            text.Append('(').Append(edge.To).Append(");\n");
        }

        text.Append(TikzWriter.Title(flow.Title, random));
        return text.Append(@"\end{tikzpicture}").Append('\n').ToString();
    }
}
