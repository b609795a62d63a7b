namespace Cosyn.Families.Diagrams.Model;

/// <summary>A dated event on a timeline.</summary>
public sealed record TimelineEvent(int Year, string Label);
