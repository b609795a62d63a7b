namespace Cosyn.Families.Diagrams.Vocabulary;

/// <summary>A state machine: transitions as [from, event, to].</summary>
public sealed record StateVocabulary(IReadOnlyList<string> Domains, string Title, string Initial, IReadOnlyList<string> Final, IReadOnlyList<IReadOnlyList<string>> Transitions)
    : IDiagramVocabulary;
