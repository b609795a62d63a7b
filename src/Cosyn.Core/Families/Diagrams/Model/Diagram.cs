namespace Cosyn.Families.Diagrams.Model;

/// <summary>A diagram's typed content: its kind (the figure type, e.g. <c>flowchart</c>) and title; subtypes hold the structure.</summary>
public abstract record Diagram(string Kind, string Title);
