namespace Cosyn.Families.Diagrams.Vocabulary;

/// <summary>A two-level hierarchy under a root: an organisation's positions or a topic's subtopics.</summary>
public sealed record HierarchyVocabulary(IReadOnlyList<string> Domains, string Title, string Root, IReadOnlyList<HierarchyBranchVocabulary> Branches)
    : IDiagramVocabulary;
