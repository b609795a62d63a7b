using Cosyn.Families.Charts.Qa;
using Cosyn.Families.Diagrams.Model;
using Cosyn.Families.Shared.Qa;

using static Cosyn.Families.Diagrams.Qa.DiagramQa;

namespace Cosyn.Families.Diagrams.Qa;

/// <summary>Questions on timelines: when something happened, what happened when, gaps between events, first and last.</summary>
internal sealed class TimelineQuestions(TimelineDiagram timeline) : IDiagramQuestionSet
{
    private readonly List<string> _labels = [.. timeline.Events.Select(e => e.Label)];

    public IEnumerable<ChartQuestion> ShortAnswers(SeededRandom random)
    {
        var events = timeline.Events;
        var years = events.Select(e => DiagramQa.Number(e.Year)).ToList();
        yield return Count("count", DiagramNouns.CountQuestion(timeline.Kind), $"The timeline marks {ChartWords.List(_labels)}: {events.Count}.", events.Count);
        var picked = random.Pick(events);
        yield return Short("year", $"In which year did {Quote(picked.Label)} happen?", $"{Quote(picked.Label)} is placed at {picked.Year}.", Number(picked.Year), years);
        picked = random.Pick(events);
        yield return Label("event", $"What happened in {picked.Year}?", $"The entry at {picked.Year} reads {Quote(picked.Label)}.", picked.Label, _labels, random);
        var pair = random.Sample(events, 2).OrderBy(e => e.Year).ToList();
        var gap = pair[1].Year - pair[0].Year;
        yield return Count("gap", $"How many years passed between {Quote(pair[0].Label)} and {Quote(pair[1].Label)}?", $"{pair[1].Year} - {pair[0].Year} = {gap}.", gap);
        yield return Label("first", "What is the earliest event on the timeline?", $"The earliest year shown is {events[0].Year}: {Quote(events[0].Label)}.", events[0].Label, _labels, random);
        yield return Label("last", "What is the most recent event on the timeline?", $"The latest year shown is {events[^1].Year}: {Quote(events[^1].Label)}.", events[^1].Label, _labels, random);
        var cut = events[random.Next(1, events.Count)];
        var earlier = events.Where(e => e.Year < cut.Year).ToList();
        yield return Count("before", $"How many events happened before {cut.Year}?", $"Events dated before {cut.Year}: {ChartWords.List([.. earlier.Select(e => $"{e.Label} ({e.Year})")])}. That is {earlier.Count}.", earlier.Count);
        var total = events[^1].Year - events[0].Year;
        yield return Count("range", "How many years does the timeline cover, from its first event to its last?", $"{events[^1].Year} - {events[0].Year} = {total}.", total);
    }

    public ChartQuestion YesNo(SeededRandom random)
    {
        var pair = random.Sample(timeline.Events, 2);
        var yes = pair[0].Year < pair[1].Year;
        return DiagramQa.YesNo("before", $"Did {Quote(pair[0].Label)} happen before {Quote(pair[1].Label)}?", $"{Quote(pair[0].Label)} is dated {pair[0].Year} and {Quote(pair[1].Label)} {pair[1].Year}, so {(yes ? "yes" : "no")}.", yes);
    }

    public ChartQuestion Unanswerable(SeededRandom random) =>
        DiagramQa.Unanswerable("no-cost", $"How much did {Quote(random.Pick(timeline.Events).Label)} cost?", "The timeline gives years and events only; no costs appear.");

    public string Summary() =>
        $"This timeline titled \"{timeline.Title}\" marks {timeline.Events.Count} events from {timeline.Events[0].Year} (\"{timeline.Events[0].Label}\") to {timeline.Events[^1].Year} (\"{timeline.Events[^1].Label}\").";
}
