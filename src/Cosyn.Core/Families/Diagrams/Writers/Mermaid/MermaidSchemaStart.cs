using Cosyn.Families.Diagrams.Model;

namespace Cosyn.Families.Diagrams.Writers.Mermaid;

/// <summary>How class and ER diagrams, both drawn from a <see cref="SchemaDiagram"/>, begin.</summary>
internal static class MermaidSchemaStart
{
    /// <summary>The diagram's keyword line, then a sideways layout for small models only: wide ones would shrink their text.</summary>
    public static StringBuilder Write(string keyword, SchemaDiagram schema, SeededRandom random)
    {
        var text = new StringBuilder(keyword).Append('\n');
        if (schema.Entities.Count <= 4 && random.Chance(0.4))
        {
            text.Append("    direction LR\n");
        }

        return text;
    }
}
