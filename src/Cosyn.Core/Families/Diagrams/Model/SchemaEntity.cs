namespace Cosyn.Families.Diagrams.Model;

/// <summary>A class or ER entity with its attributes (and, for classes, methods).</summary>
public sealed record SchemaEntity(string Name, IReadOnlyList<SchemaField> Attributes, IReadOnlyList<string> Methods);
