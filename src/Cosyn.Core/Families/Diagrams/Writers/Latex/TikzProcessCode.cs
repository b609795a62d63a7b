using Cosyn.Families.Diagrams.Model;
using Cosyn.Families.Shared.Code;

namespace Cosyn.Families.Diagrams.Writers.Latex;

/// <summary>A TikZ process diagram: numbered steps snaking left to right and back in rows, or stacked in one column.</summary>
internal static class TikzProcessCode
{
    public static string Write(GraphDiagram process, SeededRandom random)
    {
        var perRow = random.Chance(0.35) ? 1 : random.Next(3, 5);
        var text = new StringBuilder();
        text.Append(@"\begin{tikzpicture}[").Append('\n');
        text.Append("    every node/.style={font=\\small},\n");
        text.Append("    stage/.style={rectangle, rounded corners=").Append(random.Next(2, 8)).Append("pt, draw=nodeline, fill=nodefill, very thick, text width=2.9cm, minimum height=1.3cm, align=center},\n");
        text.Append("    ends/.style={stage, fill=accent},\n");
        text.Append("    badge/.style={circle, fill=nodeline, text=white, font=\\footnotesize\\bfseries, inner sep=1.5pt},\n");
        text.Append("    flow/.style={-{Latex[length=2.5mm]}, very thick, draw=arrowline},\n");
        text.Append("]\n");
        for (var i = 0; i < process.Nodes.Count; i++)
        {
            var node = process.Nodes[i];
            var row = i / perRow;
            var column = row % 2 == 0 ? i % perRow : perRow - 1 - (i % perRow);
            var x = (column * 4.0).ToString("0.0", CultureInfo.InvariantCulture);
            var y = (-row * 2.4).ToString("0.0", CultureInfo.InvariantCulture);
            var style = node.Role is NodeRoles.Start or NodeRoles.End ? "ends" : "stage";
            text.Append("  \\node[").Append(style).Append("] (").Append(node.Id).Append(") at (").Append(x).Append(',').Append(y).Append(") {")
                .Append(LatexText.Escape(node.Label)).Append("};\n");
            text.Append("  \\node[badge] at (").Append(node.Id).Append(".north west) {").Append(i + 1).Append("};\n");
        }

        text.Append('\n');
        foreach (var edge in process.Edges)
        {
            text.Append("  \\draw[flow] (").Append(edge.From).Append(") -- (").Append(edge.To).Append(");\n");
        }

        text.Append(TikzWriter.Title(process.Title, random));
        return text.Append(@"\end{tikzpicture}").Append('\n').ToString();
    }
}
