using System.Text;
using Cosyn.Randomness;
using Cosyn.Synthesis.Procedural.Diagrams.Model;
using Cosyn.Synthesis.Procedural.Latex;

namespace Cosyn.Pipelines.DiagramLatex;

/// <summary>
/// A tree with the forest package (it packs subtrees so labels never overlap): top-down when the bottom row is short,
/// otherwise growing to the right; forked or straight edges.
/// </summary>
public static class TikzTreeCode
{
    public static string Write(GraphDiagram tree, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(random);
        var leaves = tree.Nodes.Count(n => n.Role == NodeRoles.Leaf);
        var sideways = leaves > 6 || random.Chance(0.3);
        var text = new StringBuilder(@"\begin{forest}").Append('\n');
        text.Append("  for tree={\n");
        text.Append("    draw=nodeline, fill=nodefill, thick, rounded corners=2pt, align=center, font=\\small,\n");
        text.Append("    edge={draw=arrowline, thick},\n");
        if (sideways)
        {
            text.Append("    grow'=0, child anchor=west, parent anchor=east, anchor=west, text width=3.4cm,\n    l sep=12mm, s sep=3mm,\n");
        }
        else
        {
            text.Append("    text width=2.5cm, l sep=10mm, s sep=4mm,\n");
        }

        text.Append(random.Chance(0.5) ? "    forked edges,\n" : string.Empty);
        text.Append("  },\n");
        text.Append("  where level=0{fill=accent, font=\\bfseries}{},\n");
        Append(tree, tree.Nodes[0], text, 1);
        text.Append(@"\end{forest}").Append('\n');
        return Titled(text.ToString(), tree.Title, random);
    }

    private static void Append(GraphDiagram tree, DiagramNode node, StringBuilder text, int depth)
    {
        var label = LatexText.Escape(node.Label) + (node.Detail is null ? string.Empty : @"\\\textit{" + LatexText.Escape(node.Detail) + "}");
        var children = tree.Out(node.Id).Select(e => tree.Node(e.To)).ToList();
        text.Append(' ', depth * 2).Append("[{").Append(label).Append('}');
        if (children.Count == 0)
        {
            text.Append("]\n");
            return;
        }

        text.Append('\n');
        foreach (var child in children)
        {
            Append(tree, child, text, depth + 1);
        }

        text.Append(' ', depth * 2).Append("]\n");
    }

    // forest draws its own tikzpicture; the title goes in a one-column tabular above it.
    private static string Titled(string forest, string title, SeededRandom random)
    {
        var font = random.Pick([@"\Large\bfseries", @"\LARGE", @"\Large\scshape"]);
        return $"\\begin{{tabular}}{{@{{}}c@{{}}}}\n{{{font}\\color{{arrowline}} {LatexText.Escape(title)}}}\\\\[6mm]\n{forest}\\end{{tabular}}\n";
    }
}
