namespace Cosyn.Families.Diagrams.Model;

/// <summary>Nodes and edges: flowcharts, process and state diagrams, networks, dependency graphs, and trees (edges parent to child).</summary>
public sealed record GraphDiagram(string Kind, string Title, bool Directed, IReadOnlyList<DiagramNode> Nodes, IReadOnlyList<DiagramEdge> Edges)
    : Diagram(Kind, Title)
{
    public DiagramNode Node(string id) => Nodes.First(n => n.Id == id);

    public string Label(string id) => Node(id).Label;

    /// <summary>Edges leaving <paramref name="id"/> (in an undirected graph: every edge touching it, oriented away).</summary>
    public IReadOnlyList<DiagramEdge> Out(string id) =>
        Directed
            ? [.. Edges.Where(e => e.From == id)]
            : [.. Edges.Where(e => e.From == id || e.To == id).Select(e => e.From == id ? e : e with { From = e.To, To = e.From })];

    public IReadOnlyList<DiagramEdge> In(string id) => Directed ? [.. Edges.Where(e => e.To == id)] : Out(id);

    /// <summary>Edges touching <paramref name="id"/>, either direction.</summary>
    public int Degree(string id) => Edges.Count(e => e.From == id || e.To == id);
}
