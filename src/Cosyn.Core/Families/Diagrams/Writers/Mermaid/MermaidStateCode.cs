using Cosyn.Families.Diagrams.Model;

namespace Cosyn.Families.Diagrams.Writers.Mermaid;

/// <summary>A Mermaid state diagram (v2): states named by alias, entry from [*], event-labelled transitions, exits to [*].</summary>
internal static class MermaidStateCode
{
    /// <summary>Always top to bottom: a state chain turned sideways measured 6:1, too wide to read.</summary>
    public static string Write(GraphDiagram machine, SeededRandom random)
    {
        var text = new StringBuilder("stateDiagram-v2\n");

        foreach (var state in machine.Nodes)
        {
            text.Append("    state ").Append(MermaidText.Quoted(state.Label)).Append(" as ").Append(state.Id).Append('\n');
        }

        text.Append('\n');
        text.Append("    [*] --> ").Append(machine.Nodes.First(n => n.Role == NodeRoles.Initial).Id).Append('\n');
        foreach (var edge in machine.Edges)
        {
            text.Append("    ").Append(edge.From).Append(" --> ").Append(edge.To).Append(" : ").Append(edge.Label).Append('\n');
        }

        foreach (var final in machine.Nodes.Where(n => n.Role == NodeRoles.Final))
        {
            text.Append("    ").Append(final.Id).Append(" --> [*]\n");
        }

        return text.ToString();
    }
}
