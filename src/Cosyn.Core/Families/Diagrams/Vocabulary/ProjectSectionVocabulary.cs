namespace Cosyn.Families.Diagrams.Vocabulary;

/// <summary>A project phase and its tasks.</summary>
public sealed record ProjectSectionVocabulary(string Name, IReadOnlyList<string> Tasks);
