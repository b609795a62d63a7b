using Cosyn.Families.Charts.Styling;
using Cosyn.Families.Diagrams.Model;
using Cosyn.Families.Shared.Code;

namespace Cosyn.Families.Diagrams.Writers.Latex;

/// <summary>
/// A tree with the forest package (it packs subtrees so labels never overlap): top-down when the bottom row is short,
/// otherwise growing to the right; forked or straight edges.
/// </summary>
internal static class TikzTreeCode
{
    public static string Write(GraphDiagram tree, SeededRandom random)
    {
        var leaves = tree.Nodes.Count(n => n.Role == NodeRoles.Leaf);
        var sideways = leaves > 6 || random.Chance(0.3);
        var text = new StringBuilder(@"\begin{forest}").Append('\n');
        text.Append("  for tree={\n");
        text.Append("    draw=nodeline, fill=nodefill, thick, rounded corners=2pt, align=center, font=\\small,\n");
        text.Append("    edge={draw=arrowline, thick},\n");
        if (sideways)
        {
            text.Append("    grow'=0, child anchor=west, parent anchor=east, anchor=west,\n    l sep=12mm, s sep=3mm,\n");
        }
        else
        {
            text.Append("    l sep=10mm, s sep=4mm,\n");
        }

        // Forked edges only sideways: top-down, forest draws the fork against the parent box's bottom border.
        text.Append(sideways && random.Chance(0.6) ? "    forked edges,\n" : string.Empty);
        text.Append("  },\n");
        text.Append("  where level=0{fill=accent, font=\\bfseries}{},\n");
        // Labels break onto centred lines by hand (forest's align=center honours \\), so boxes fit their text.
        Append(tree, tree.Nodes[0], text, 1, sideways ? 24 : 14);
        text.Append(@"\end{forest}").Append('\n');
        return Titled(text.ToString(), tree.Title, random);
    }

    private static void Append(GraphDiagram tree, DiagramNode node, StringBuilder text, int depth, int wrap)
    {
        var label = string.Join(@"\\", ChartTitleWrap.Lines(node.Label, wrap).Select(LatexText.Escape)) + (node.Detail is null ? string.Empty : @"\\\textit{" + LatexText.Escape(node.Detail) + "}");
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
            Append(tree, child, text, depth + 1, wrap);
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
