namespace Cosyn.Families.Diagrams.Vocabulary;

/// <summary>A data model: entities, relations as [from, to, label, from multiplicity, to multiplicity], and [child, parent] generalisations.</summary>
public sealed record SchemaVocabulary(
    IReadOnlyList<string> Domains, string Title, IReadOnlyList<SchemaEntityVocabulary> Entities,
    IReadOnlyList<IReadOnlyList<string>> Relations, IReadOnlyList<IReadOnlyList<string>> Parents) : IDiagramVocabulary;
