namespace Cosyn.Families.Diagrams.Model;

/// <summary>A project plan: tasks in sections, in drawing order.</summary>
public sealed record GanttDiagram(string Kind, string Title, IReadOnlyList<string> Sections, IReadOnlyList<GanttTask> Tasks)
    : Diagram(Kind, Title)
{
    public GanttTask Task(string id) => Tasks.First(t => t.Id == id);
}
