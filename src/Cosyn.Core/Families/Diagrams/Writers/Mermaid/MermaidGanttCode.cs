using Cosyn.Families.Diagrams.Model;

namespace Cosyn.Families.Diagrams.Writers.Mermaid;

/// <summary>A Mermaid gantt chart: sections of tasks with ids, a fixed first date and <c>after</c> dependencies; each bar states its dates.</summary>
internal static class MermaidGanttCode
{
    public static string Write(GanttDiagram gantt, SeededRandom random)
    {
        var year = gantt.Tasks[0].Start.Year.ToString(CultureInfo.InvariantCulture);
        var text = new StringBuilder("gantt\n");
        text.Append("    title ").Append(gantt.Title).Append(" (").Append(year).Append(")\n");
        text.Append("    dateFormat YYYY-MM-DD\n");
        text.Append("    axisFormat ").Append(random.Pick(["%b %d", "%d %b", "%m/%d"])).Append('\n');
        text.Append("    tickInterval 1week\n");
        foreach (var section in gantt.Sections)
        {
            text.Append("\n    section ").Append(section).Append('\n');
            foreach (var task in gantt.Tasks.Where(t => t.Section == section))
            {
                var start = task.After is null ? DiagramJson.Iso(task.Start) : "after " + task.After;
                text.Append("    ").Append(task.Name).Append(" (").Append(GanttLabels.Range(task)).Append(") :")
                    .Append(task.Id).Append(", ").Append(start).Append(", ").Append(task.Days.ToString(CultureInfo.InvariantCulture)).Append("d\n");
            }
        }

        return text.ToString();
    }
}
