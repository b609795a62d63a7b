namespace Cosyn.Families.Diagrams.Model;

/// <summary>Participants left to right and the messages between them, top to bottom.</summary>
public sealed record SequenceDiagram(string Kind, string Title, IReadOnlyList<string> Participants, IReadOnlyList<SequenceMessage> Messages)
    : Diagram(Kind, Title);
