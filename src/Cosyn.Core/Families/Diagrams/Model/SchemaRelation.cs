namespace Cosyn.Families.Diagrams.Model;

/// <summary>A named relationship with UML-style multiplicities at each end (<c>1</c>, <c>0..1</c>, <c>*</c>, <c>1..*</c>).</summary>
public sealed record SchemaRelation(string From, string To, string Label, string FromCardinality, string ToCardinality);
