using Cosyn.Families.Diagrams.Model;

namespace Cosyn.Families.Diagrams.Writers.Mermaid;

/// <summary>A Mermaid timeline: a title, then one <c>year : event</c> line per period.</summary>
internal static class MermaidTimelineCode
{
    public static string Write(TimelineDiagram timeline)
    {
        var text = new StringBuilder("timeline\n");
        text.Append("    title ").Append(timeline.Title).Append('\n');
        foreach (var item in timeline.Events)
        {
            text.Append("    ").Append(item.Year.ToString(CultureInfo.InvariantCulture)).Append(" : ").Append(item.Label).Append('\n');
        }

        return text.ToString();
    }
}
