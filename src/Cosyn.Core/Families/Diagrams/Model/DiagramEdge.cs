namespace Cosyn.Families.Diagrams.Model;

/// <summary>An arrow (or, in an undirected graph, a link) between two node ids, with an optional label.</summary>
public sealed record DiagramEdge(string From, string To, string? Label = null);
