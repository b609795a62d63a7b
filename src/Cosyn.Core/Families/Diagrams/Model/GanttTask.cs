namespace Cosyn.Families.Diagrams.Model;

/// <summary>A gantt task of <paramref name="Days"/> whole days from <paramref name="Start"/>; <paramref name="After"/> names the task id it waits for.</summary>
public sealed record GanttTask(string Id, string Name, string Section, DateOnly Start, int Days, string? After)
{
    /// <summary>The last day the task runs (inclusive).</summary>
    public DateOnly End => Start.AddDays(Days - 1);
}
