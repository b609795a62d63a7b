using Cosyn.Families.Diagrams.Model;
using Cosyn.Families.Diagrams.Vocabulary;

namespace Cosyn.Families.Diagrams.Builders;

/// <summary>
/// Four to six entities of a data model with the relations among them. Class diagrams keep the model's
/// generalisations and methods; ER diagrams name entities in upper snake case (the Mermaid ER habit) and drop both.
/// </summary>
public static class SchemaBuilder
{
    public static SchemaDiagram Build(SchemaVocabulary schema, string kind, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(random);
        var er = kind == DiagramFigureTypes.Er;
        var pool = er ? schema.Entities.Where(e => e.Attributes.Any(a => a.Count > 2 && a[2] == "PK")).ToList() : [.. schema.Entities];
        List<SchemaEntityVocabulary> picked;
        do
        {
            picked = Ordered.Sample(pool, random.Next(4, Math.Min(6, pool.Count) + 1), random);
        }
        while (!Connected(picked, schema));

        string Name(string n) => er ? UpperSnake(n) : n;
        var keep = picked.Select(e => e.Name).ToHashSet();
        var entities = picked.Select(e => new SchemaEntity(
            Name(e.Name),
            [.. e.Attributes.Select(a => new SchemaField(a[0], a[1], a.Count > 2 ? a[2] : null))],
            er ? [] : e.Methods)).ToList();
        var relations = schema.Relations.Where(r => keep.Contains(r[0]) && keep.Contains(r[1]))
            .Select(r => new SchemaRelation(Name(r[0]), Name(r[1]), r[2], r[3], r[4])).ToList();
        var parents = er ? [] : schema.Parents.Where(p => keep.Contains(p[0]) && keep.Contains(p[1])).Select(p => new SchemaInheritance(p[0], p[1])).ToList();
        return new SchemaDiagram(kind, schema.Title, entities, relations, parents);
    }

    // Every picked entity takes part in at least one kept relation or generalisation.
    private static bool Connected(List<SchemaEntityVocabulary> picked, SchemaVocabulary schema)
    {
        var names = picked.Select(e => e.Name).ToHashSet();
        var links = schema.Relations.Concat(schema.Parents).Where(l => names.Contains(l[0]) && names.Contains(l[1])).ToList();
        return names.All(n => links.Any(l => l[0] == n || l[1] == n)) && schema.Relations.Any(r => names.Contains(r[0]) && names.Contains(r[1]));
    }

    private static string UpperSnake(string name) =>
        string.Concat(name.Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : char.ToUpperInvariant(c).ToString()));
}
