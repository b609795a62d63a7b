using Cosyn.Families.Diagrams.Model;

namespace Cosyn.Families.Diagrams;

/// <summary>How a gantt bar states its dates in the image, so start, end and length are readable without guessing from the axis.</summary>
public static class GanttLabels
{
    /// <summary>"Mar 3 – Mar 9" (both days inclusive).</summary>
    public static string Range(GanttTask task)
    {
        ArgumentNullException.ThrowIfNull(task);
        return $"{Day(task.Start)} – {Day(task.End)}";
    }

    private static string Day(DateOnly date) => date.ToString("MMM d", CultureInfo.InvariantCulture);
}
