namespace Cosyn.Families.Diagrams.Model;

/// <summary>Events in chronological order, one per year.</summary>
public sealed record TimelineDiagram(string Kind, string Title, IReadOnlyList<TimelineEvent> Events) : Diagram(Kind, Title);
