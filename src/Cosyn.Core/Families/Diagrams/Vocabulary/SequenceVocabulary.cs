namespace Cosyn.Families.Diagrams.Vocabulary;

/// <summary>An interaction script: messages as [from, to, text] or [from, to, text, "reply"].</summary>
public sealed record SequenceVocabulary(IReadOnlyList<string> Domains, string Title, IReadOnlyList<string> Participants, IReadOnlyList<IReadOnlyList<string>> Messages)
    : IDiagramVocabulary;
