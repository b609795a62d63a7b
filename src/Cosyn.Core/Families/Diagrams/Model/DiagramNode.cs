namespace Cosyn.Families.Diagrams.Model;

/// <summary>A node of a graph diagram. <paramref name="Role"/> picks its shape (start, end, process, decision, state, ...); <paramref name="Detail"/> is a second line such as a person's name.</summary>
public sealed record DiagramNode(string Id, string Label, string Role, string? Detail = null);
