namespace Cosyn.Families.Diagrams.Vocabulary;

/// <summary>Modules (or courses, parts) from most basic to most dependent; a module may depend only on earlier ones.</summary>
public sealed record ModuleVocabulary(IReadOnlyList<string> Domains, string Title, IReadOnlyList<string> Modules) : IDiagramVocabulary;
