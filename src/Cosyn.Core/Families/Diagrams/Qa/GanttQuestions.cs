using Cosyn.Families.Charts.Qa;
using Cosyn.Families.Diagrams.Model;
using Cosyn.Families.Shared.Qa;

using static Cosyn.Families.Diagrams.Qa.DiagramQa;

namespace Cosyn.Families.Diagrams.Qa;

/// <summary>Questions on gantt charts: start and end dates, durations, dependencies, the longest task, the plan's span.</summary>
internal sealed class GanttQuestions(GanttDiagram gantt) : IDiagramQuestionSet
{
    private readonly List<string> _names = [.. gantt.Tasks.Select(t => t.Name)];

    public IEnumerable<ChartQuestion> ShortAnswers(SeededRandom random)
    {
        var tasks = gantt.Tasks;
        yield return Count("count", DiagramNouns.CountQuestion(gantt.Kind), $"The chart has bars for {ChartWords.List(_names)}: {tasks.Count}.", tasks.Count);
        var task = random.Pick(tasks);
        yield return Short("start", $"On what date does {Quote(task.Name)} start?", $"The bar for {Quote(task.Name)} is labelled {Range(task)}, so it starts on {DiagramJson.Iso(task.Start)}.", DiagramJson.Iso(task.Start), [DiagramJson.Iso(task.Start.AddDays(1)), DiagramJson.Iso(task.Start.AddDays(-1)), DiagramJson.Iso(task.Start.AddDays(7))]);
        task = random.Pick(tasks);
        yield return Short("end", $"On what date does {Quote(task.Name)} end?", $"The bar for {Quote(task.Name)} is labelled {Range(task)}, so its last day is {DiagramJson.Iso(task.End)}.", DiagramJson.Iso(task.End), [DiagramJson.Iso(task.End.AddDays(1)), DiagramJson.Iso(task.End.AddDays(-1)), DiagramJson.Iso(task.Start)]);
        task = random.Pick(tasks);
        yield return Count("days", $"How many days does {Quote(task.Name)} last?", $"{Quote(task.Name)} runs {Range(task)}: counting both the first and the last day, that is {task.Days} days.", task.Days);
        var waiting = tasks.Where(t => t.After is not null).ToList();
        var dependent = random.Pick(waiting);
        var before = gantt.Task(dependent.After!).Name;
        yield return Label("after", $"Which task must finish before {Quote(dependent.Name)} can start?", $"{Quote(dependent.Name)} starts on {DiagramJson.Iso(dependent.Start)}, the day after {Quote(before)} ends ({DiagramJson.Iso(gantt.Task(dependent.After!).End)}); it waits for that task.", before, _names, random);
        var longest = tasks.OrderByDescending(t => t.Days).ToList();
        if (longest[0].Days > longest[1].Days)
        {
            yield return Short("longest", "Which task takes the longest?", $"{Quote(longest[0].Name)} lasts {longest[0].Days} days; the next longest, {Quote(longest[1].Name)}, lasts {longest[1].Days}.", longest[0].Name, longest.Skip(1).Take(3).Select(t => t.Name));
        }

        var first = tasks.Min(t => t.Start);
        var lastTask = tasks.MaxBy(t => t.End)!;
        var span = lastTask.End.DayNumber - first.DayNumber + 1;
        yield return Count("span", "How many days does the whole plan span, from the first start to the last end?", $"The first task starts on {DiagramJson.Iso(first)} and the last one ends on {DiagramJson.Iso(lastTask.End)}; counting both days that is {span} days.", span);
        var finishers = tasks.OrderByDescending(t => t.End).ToList();
        if (finishers[0].End > finishers[1].End)
        {
            yield return Short("finishes-last", "Which task finishes last?", $"{Quote(finishers[0].Name)} ends on {DiagramJson.Iso(finishers[0].End)}, after every other task (next: {Quote(finishers[1].Name)} on {DiagramJson.Iso(finishers[1].End)}).", finishers[0].Name, finishers.Skip(1).Take(3).Select(t => t.Name));
        }

        var section = random.Pick(gantt.Sections);
        var inSection = tasks.Where(t => t.Section == section).Select(t => t.Name).ToList();
        yield return Count("section", $"How many tasks are in the {Quote(section)} section?", $"The {section} section lists {ChartWords.List(inSection)}: {inSection.Count}.", inSection.Count);
    }

    public ChartQuestion YesNo(SeededRandom random)
    {
        var pair = random.Sample(gantt.Tasks, 2);
        var yes = pair[0].Start < pair[1].Start;
        return DiagramQa.YesNo("starts-before", $"Does {Quote(pair[0].Name)} start before {Quote(pair[1].Name)}?", $"{Quote(pair[0].Name)} starts on {DiagramJson.Iso(pair[0].Start)} and {Quote(pair[1].Name)} on {DiagramJson.Iso(pair[1].Start)}, so {(yes ? "yes" : "no")}.", yes);
    }

    public ChartQuestion Unanswerable(SeededRandom random) =>
        DiagramQa.Unanswerable("no-owner", $"Who is responsible for {Quote(random.Pick(gantt.Tasks).Name)}?", "The chart shows tasks, dates and dependencies; it names no owners.");

    public string Summary()
    {
        var first = gantt.Tasks.Min(t => t.Start);
        var last = gantt.Tasks.Max(t => t.End);
        return $"This gantt chart titled \"{gantt.Title}\" plans {gantt.Tasks.Count} tasks in {gantt.Sections.Count} sections ({ChartWords.List(gantt.Sections)}), running from {DiagramJson.Iso(first)} to {DiagramJson.Iso(last)}.";
    }

    /// <summary>The date range the bar's label shows, e.g. "Mar 3 – Mar 9".</summary>
    private static string Range(GanttTask task) => GanttLabels.Range(task);
}
