namespace Cosyn.Families.Documents;

/// <summary>A labelled value of a document (who, where, when, how many). <paramref name="Value"/> is the text as drawn; numbers also keep <paramref name="Number"/>.</summary>
public sealed record DocumentField(string Label, string Value, DocumentValueKind Kind = DocumentValueKind.Text, decimal? Number = null);
