namespace Cosyn.Families.Diagrams.Vocabulary;

/// <summary>Milestones in chronological order; years are assigned when a timeline is built.</summary>
public sealed record TimelineVocabulary(IReadOnlyList<string> Domains, string Title, IReadOnlyList<string> Events) : IDiagramVocabulary;
