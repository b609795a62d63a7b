namespace Cosyn.Families.Diagrams.Vocabulary;

/// <summary>An entity: attributes as [name, type] or [name, type, key], and method names.</summary>
public sealed record SchemaEntityVocabulary(string Name, IReadOnlyList<IReadOnlyList<string>> Attributes, IReadOnlyList<string> Methods);
