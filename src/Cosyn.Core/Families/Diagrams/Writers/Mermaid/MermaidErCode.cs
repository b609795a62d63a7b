using Cosyn.Families.Diagrams.Model;

namespace Cosyn.Families.Diagrams.Writers.Mermaid;

/// <summary>A Mermaid ER diagram: crow's-foot relationships with quoted labels, then each entity's attributes and keys.</summary>
internal static class MermaidErCode
{
    public static string Write(SchemaDiagram schema, SeededRandom random)
    {
        var text = MermaidSchemaStart.Write("erDiagram", schema, random);

        foreach (var relation in schema.Relations)
        {
            text.Append("    ").Append(relation.From).Append(' ').Append(Left(relation.FromCardinality)).Append("--").Append(Right(relation.ToCardinality))
                .Append(' ').Append(relation.To).Append(" : ").Append(MermaidText.Quoted(relation.Label)).Append('\n');
        }

        foreach (var entity in schema.Entities)
        {
            text.Append("\n    ").Append(entity.Name).Append(" {\n");
            foreach (var field in entity.Attributes)
            {
                text.Append("        ").Append(field.Type).Append(' ').Append(field.Name);
                if (field.Key is not null)
                {
                    text.Append(' ').Append(field.Key);
                }

                text.Append('\n');
            }

            text.Append("    }\n");
        }

        return text.ToString();
    }

    private static string Left(string cardinality) => cardinality switch
    {
        "1" => "||",
        "0..1" => "|o",
        "1..*" => "}|",
        _ => "}o",
    };

    private static string Right(string cardinality) => cardinality switch
    {
        "1" => "||",
        "0..1" => "o|",
        "1..*" => "|{",
        _ => "o{",
    };
}
