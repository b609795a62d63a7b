namespace Cosyn.Families.Diagrams.Vocabulary;

/// <summary>A process in order (flowcharts and process diagrams), with yes/no checks that can interrupt it.</summary>
public sealed record FlowVocabulary(IReadOnlyList<string> Domains, string Title, string Start, string End, IReadOnlyList<string> Steps, IReadOnlyList<FlowDecisionVocabulary> Decisions)
    : IDiagramVocabulary;
