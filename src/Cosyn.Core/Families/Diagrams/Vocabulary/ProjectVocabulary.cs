namespace Cosyn.Families.Diagrams.Vocabulary;

/// <summary>A project's phases and their tasks, in working order.</summary>
public sealed record ProjectVocabulary(IReadOnlyList<string> Domains, string Title, IReadOnlyList<ProjectSectionVocabulary> Sections) : IDiagramVocabulary;
