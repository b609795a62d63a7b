namespace Cosyn.Families.Diagrams.Model;

/// <summary>A class or entity-relationship diagram.</summary>
public sealed record SchemaDiagram(string Kind, string Title, IReadOnlyList<SchemaEntity> Entities, IReadOnlyList<SchemaRelation> Relations, IReadOnlyList<SchemaInheritance> Inheritance)
    : Diagram(Kind, Title)
{
    public SchemaEntity Entity(string name) => Entities.First(e => e.Name == name);
}
