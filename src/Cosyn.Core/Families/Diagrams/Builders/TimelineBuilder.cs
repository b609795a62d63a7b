using Cosyn.Families.Diagrams.Model;
using Cosyn.Families.Diagrams.Vocabulary;

namespace Cosyn.Families.Diagrams.Builders;

/// <summary>Five or six milestones (seven made a Mermaid timeline wider than 4:1) in order, one to six years apart, starting between 1960 and 2010.</summary>
public static class TimelineBuilder
{
    public static TimelineDiagram Build(TimelineVocabulary timeline, string kind, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentNullException.ThrowIfNull(random);
        var year = random.Next(1960, 2011);
        var events = new List<TimelineEvent>();
        foreach (var label in Ordered.Sample(timeline.Events, random.Next(5, 7), random))
        {
            events.Add(new TimelineEvent(year, label));
            year += random.Next(1, 7);
        }

        return new TimelineDiagram(kind, timeline.Title, events);
    }
}
