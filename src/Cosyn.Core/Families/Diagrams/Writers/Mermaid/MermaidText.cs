namespace Cosyn.Families.Diagrams.Writers.Mermaid;

/// <summary>Text inside Mermaid labels: quotes become entity codes, and identifiers are letters and digits only.</summary>
public static class MermaidText
{
    /// <summary>A double-quoted label, safe inside node shapes.</summary>
    public static string Quoted(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return "\"" + text.Replace("\"", "#quot;", StringComparison.Ordinal) + "\"";
    }

    /// <summary>An identifier from a display name: its letters and digits.</summary>
    public static string Id(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return new string([.. name.Where(char.IsLetterOrDigit)]);
    }
}
