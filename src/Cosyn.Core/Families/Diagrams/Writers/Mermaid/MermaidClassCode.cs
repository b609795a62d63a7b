using Cosyn.Families.Diagrams.Model;

namespace Cosyn.Families.Diagrams.Writers.Mermaid;

/// <summary>A Mermaid class diagram: classes with typed fields and methods, associations with multiplicities, generalisations.</summary>
internal static class MermaidClassCode
{
    public static string Write(SchemaDiagram schema, SeededRandom random)
    {
        var text = MermaidSchemaStart.Write("classDiagram", schema, random);

        foreach (var entity in schema.Entities)
        {
            text.Append("    class ").Append(entity.Name).Append(" {\n");
            foreach (var field in entity.Attributes)
            {
                text.Append("        ").Append(field.Key == "PK" ? "+" : "-").Append(field.Type).Append(' ').Append(field.Name).Append('\n');
            }

            foreach (var method in entity.Methods)
            {
                text.Append("        +").Append(method).Append('\n');
            }

            text.Append("    }\n");
        }

        text.Append('\n');
        foreach (var relation in schema.Relations)
        {
            text.Append("    ").Append(relation.From).Append(" \"").Append(relation.FromCardinality).Append("\" --> \"").Append(relation.ToCardinality).Append("\" ")
                .Append(relation.To).Append(" : ").Append(relation.Label).Append('\n');
        }

        foreach (var inheritance in schema.Inheritance)
        {
            text.Append("    ").Append(inheritance.Parent).Append(" <|-- ").Append(inheritance.Child).Append('\n');
        }

        return text.ToString();
    }
}
