using Cosyn.Families.Diagrams.Model;
using Cosyn.Families.Diagrams.Vocabulary;

namespace Cosyn.Families.Diagrams.Builders;

/// <summary>
/// A plan of 5-9 tasks: the first starts on a fixed date, every other one starts the day after the task it waits for
/// (usually the one before it, sometimes an earlier one, so work runs in parallel). Starts fall between January and
/// July so the whole plan stays within one calendar year.
/// </summary>
public static class GanttBuilder
{
    public static GanttDiagram Build(ProjectVocabulary project, string kind, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(random);
        var sections = Ordered.Sample(project.Sections, random.Next(2, 4), random);
        var start = new DateOnly(random.Next(2023, 2027), random.Next(1, 8), random.Next(1, 29));
        var tasks = new List<GanttTask>();
        foreach (var section in sections)
        {
            foreach (var name in Ordered.Sample(section.Tasks, random.Next(2, 4), random))
            {
                var id = $"t{tasks.Count + 1}";
                var days = random.Next(2, 13);
                if (tasks.Count == 0)
                {
                    tasks.Add(new GanttTask(id, name, section.Name, start, days, null));
                    continue;
                }

                var after = tasks.Count > 1 && random.Chance(0.3) ? tasks[random.Next(tasks.Count - 1)] : tasks[^1];
                tasks.Add(new GanttTask(id, name, section.Name, after.End.AddDays(1), days, after.Id));
            }
        }

        return new GanttDiagram(kind, project.Title, [.. sections.Select(s => s.Name)], tasks);
    }
}
