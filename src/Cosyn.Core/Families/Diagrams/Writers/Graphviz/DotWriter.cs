using Cosyn.Families.Diagrams.Model;

namespace Cosyn.Families.Diagrams.Writers.Graphviz;

/// <summary>
/// Writes a graph diagram as DOT in the idiom people use: graph/node/edge defaults first, then nodes with their
/// shapes, then edges. Layout, shapes, theme and spacing vary by seed; labels wrap so nodes stay compact.
/// </summary>
public sealed class DotWriter : ThemedCodeWriter<Diagram, DotTheme>
{
    protected override DotTheme PickTheme(Diagram diagram, SeededRandom random) => random.Pick(DotThemes.All);

    /// <summary>Graphviz draws the graph kinds only (the pipeline's figure types are all graphs).</summary>
    protected override string Write(Diagram diagram, DotTheme theme, SeededRandom random)
    {
        var graph = (GraphDiagram)diagram;
        var text = new StringBuilder();
        var keyword = graph.Directed ? "digraph" : "graph";
        var arrow = graph.Directed ? "->" : "--";
        var wrap = random.Next(14, 21);
        var fontSize = random.Next(11, 14);
        text.Append(keyword).Append(' ').Append(Identifier(graph.Title)).Append(" {\n");
        text.Append("    graph [").Append(string.Join(", ", GraphAttributes(graph, theme, random))).Append("];\n");
        text.Append(Invariant($"    node [fontname=\"{theme.Font}\", fontsize={fontSize}, fontcolor=\"{theme.Text}\", style=\"{NodeStyle(graph, random)}\", fillcolor=\"{theme.Fill}\", color=\"{theme.Border}\", penwidth=1.3, margin=\"0.15,0.07\"];\n"));
        text.Append(Invariant($"    edge [fontname=\"{theme.Font}\", fontsize={fontSize - 1}, color=\"{theme.Edge}\", fontcolor=\"{theme.Edge}\", penwidth=1.1];\n\n"));
        var defaultShape = DefaultShape(graph.Kind, random);
        if (graph.Kind is DiagramFigureTypes.StateDiagram)
        {
            text.Append("    __start [shape=point, width=0.18, label=\"\", fillcolor=\"").Append(theme.Edge).Append("\"];\n");
        }

        foreach (var node in graph.Nodes)
        {
            var attributes = new List<string> { "label=" + NodeLabel(node, wrap) };
            attributes.AddRange(NodeShape(node, defaultShape, theme));
            text.Append("    ").Append(node.Id).Append(" [").Append(string.Join(", ", attributes)).Append("];\n");
        }

        text.Append('\n');
        if (graph.Kind is DiagramFigureTypes.StateDiagram)
        {
            text.Append("    __start -> ").Append(graph.Nodes.First(n => n.Role == NodeRoles.Initial).Id).Append(";\n");
        }

        foreach (var edge in graph.Edges)
        {
            text.Append("    ").Append(edge.From).Append(' ').Append(arrow).Append(' ').Append(edge.To);
            if (edge.Label is not null)
            {
                text.Append(" [label=").Append(DotText.Quote(" " + edge.Label + " ", wrap + 6)).Append(']');
            }

            text.Append(";\n");
        }

        return text.Append("}\n").ToString();
    }

    private static List<string> GraphAttributes(GraphDiagram graph, DotTheme theme, SeededRandom random)
    {
        var list = new List<string>
        {
            "label=" + DotText.Quote(graph.Title),
            "labelloc=t",
            Invariant($"fontsize={random.Next(17, 22)}"),
            $"fontname=\"{theme.Font}\"",
            $"fontcolor=\"{theme.Text}\"",
            $"bgcolor=\"{theme.Background}\"",
            "pad=0.3",
        };
        var leaves = graph.Nodes.Count(n => n.Role == NodeRoles.Leaf);
        switch (graph.Kind)
        {
            case DiagramFigureTypes.Network:
                list.Add(random.Chance(0.5) ? "layout=neato" : "layout=circo");
                list.Add("overlap=false");
                list.Add("sep=\"+18\"");
                list.Add("splines=true");
                break;
            case DiagramFigureTypes.OrgChart:
                // A wide bottom row reads better turned sideways.
                list.Add(leaves > 6 ? "rankdir=LR" : "rankdir=TB");
                list.Add("splines=ortho");
                list.Add(Invariant($"nodesep={random.NextDouble(0.25, 0.45):0.00}"));
                list.Add(Invariant($"ranksep={random.NextDouble(0.5, 0.8):0.00}"));
                break;
            case DiagramFigureTypes.DependencyGraph:
                list.Add("rankdir=" + random.Pick(["BT", "TB", "LR"]));
                list.Add(Invariant($"nodesep={random.NextDouble(0.3, 0.6):0.00}"));
                list.Add(Invariant($"ranksep={random.NextDouble(0.4, 0.7):0.00}"));
                break;
            case DiagramFigureTypes.StateDiagram:
                list.Add("rankdir=" + random.Pick(["TB", "LR"]));
                list.Add(Invariant($"nodesep={random.NextDouble(0.4, 0.7):0.00}"));
                break;
            default:
                list.Add("rankdir=TB");
                // No ortho here: Graphviz places edge labels (Yes/No) badly on orthogonal edges.
                list.Add("splines=" + random.Pick(["spline", "polyline"]));
                list.Add(Invariant($"nodesep={random.NextDouble(0.4, 0.7):0.00}"));
                list.Add(Invariant($"ranksep={random.NextDouble(0.35, 0.55):0.00}"));
                break;
        }

        return list;
    }

    private static string NodeStyle(GraphDiagram graph, SeededRandom random) =>
        graph.Kind == DiagramFigureTypes.Network ? "filled" : random.Pick(["filled", "rounded,filled", "filled"]);

    private static string DefaultShape(string kind, SeededRandom random) => kind switch
    {
        DiagramFigureTypes.Network => random.Pick(["box", "ellipse", "box3d", "component"]),
        DiagramFigureTypes.DependencyGraph => random.Pick(["box", "component", "tab", "folder", "box3d"]),
        DiagramFigureTypes.StateDiagram => random.Pick(["ellipse", "box"]),
        DiagramFigureTypes.OrgChart => random.Pick(["box", "box"]),
        _ => "box",
    };

    private static List<string> NodeShape(DiagramNode node, string defaultShape, DotTheme theme) => node.Role switch
    {
        NodeRoles.Start or NodeRoles.End => ["shape=oval", $"fillcolor=\"{theme.Accent}\""],
        NodeRoles.Decision => ["shape=diamond", $"fillcolor=\"{theme.Decision}\""],
        NodeRoles.Root => [$"shape={defaultShape}", $"fillcolor=\"{theme.Accent}\"", "penwidth=2"],
        NodeRoles.Branch => [$"shape={defaultShape}", $"fillcolor=\"{theme.Decision}\""],
        NodeRoles.Initial => [$"shape={defaultShape}", $"fillcolor=\"{theme.Accent}\""],
        NodeRoles.Final => [$"shape={defaultShape}", "peripheries=2"],
        _ => [$"shape={defaultShape}"],
    };

    private static string NodeLabel(DiagramNode node, int wrap) =>
        node.Detail is null ? DotText.Quote(node.Label, node.Role == NodeRoles.Decision ? Math.Max(10, wrap - 4) : wrap) : DotText.Quote(node.Label, wrap)[..^1] + "\\n" + DotText.Quote(node.Detail)[1..];

    // The title as a DOT identifier: letters and digits joined by underscores.
    private static string Identifier(string title) =>
        string.Join('_', title.Split(' ', '-', '&', ',', '.', '(', ')').Where(w => w.Length > 0).Select(w => new string([.. w.Where(char.IsLetterOrDigit)])).Where(w => w.Length > 0)).ToLowerInvariant();

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
