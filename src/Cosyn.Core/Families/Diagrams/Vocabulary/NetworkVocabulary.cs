namespace Cosyn.Families.Diagrams.Vocabulary;

/// <summary>Things that can be linked in a network (devices, stations, people).</summary>
public sealed record NetworkVocabulary(IReadOnlyList<string> Domains, string Title, IReadOnlyList<string> Nodes) : IDiagramVocabulary;
