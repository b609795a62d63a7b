using Cosyn.Families.Diagrams.Model;

namespace Cosyn.Families.Diagrams.Writers.Mermaid;

/// <summary>A Mermaid mind map: indentation gives the hierarchy; the root and branches get shapes.</summary>
internal static class MermaidMindmapCode
{
    public static string Write(GraphDiagram tree, SeededRandom random)
    {
        var root = tree.Nodes[0];
        var (open, close) = random.Pick(new[] { ("((", "))"), ("[", "]"), ("(", ")"), ("{{", "}}") }.ToList());
        var (branchOpen, branchClose) = random.Pick(new[] { ("(", ")"), ("[", "]"), (string.Empty, string.Empty) }.ToList());
        var text = new StringBuilder("mindmap\n");
        text.Append("  ").Append(root.Id).Append(open).Append(root.Label).Append(close).Append('\n');
        foreach (var branch in tree.Out(root.Id).Select(e => tree.Node(e.To)))
        {
            text.Append("    ").Append(branchOpen.Length > 0 ? branch.Id + branchOpen : string.Empty).Append(branch.Label).Append(branchClose).Append('\n');
            foreach (var leaf in tree.Out(branch.Id).Select(e => tree.Node(e.To)))
            {
                text.Append("      ").Append(leaf.Label).Append('\n');
            }
        }

        return text.ToString();
    }
}
