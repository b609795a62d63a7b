namespace Cosyn.Families.Diagrams.Vocabulary;

/// <summary>A branch of a hierarchy and its children.</summary>
public sealed record HierarchyBranchVocabulary(string Label, IReadOnlyList<string> Children);
