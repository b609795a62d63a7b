namespace Cosyn.Families.Diagrams.Model;

/// <summary>One message of a sequence diagram; a reply is drawn dashed.</summary>
public sealed record SequenceMessage(string From, string To, string Text, bool Reply);
