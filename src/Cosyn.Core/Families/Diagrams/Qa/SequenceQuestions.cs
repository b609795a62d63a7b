using Cosyn.Families.Charts.Qa;
using Cosyn.Families.Diagrams.Model;
using Cosyn.Families.Shared.Qa;

using static Cosyn.Families.Diagrams.Qa.DiagramQa;

namespace Cosyn.Families.Diagrams.Qa;

/// <summary>Questions on sequence diagrams: first and last messages, senders and receivers, message counts, what comes next.</summary>
internal sealed class SequenceQuestions(SequenceDiagram sequence) : IDiagramQuestionSet
{
    public IEnumerable<ChartQuestion> ShortAnswers(SeededRandom random)
    {
        var people = sequence.Participants;
        var messages = sequence.Messages;
        yield return Count("count", DiagramNouns.CountQuestion(sequence.Kind), $"The lifelines are {ChartWords.List(people)}: {people.Count}.", people.Count);
        yield return Count("messages", "How many messages are exchanged in the diagram?", $"Counting the arrows from top to bottom gives {messages.Count} messages.", messages.Count);
        yield return Label("first-sender", "Which participant sends the first message?", $"The topmost arrow, {Quote(messages[0].Text)}, starts at {messages[0].From}.", messages[0].From, people, random);
        yield return Label("last-receiver", "Which participant receives the last message?", $"The bottom arrow, {Quote(messages[^1].Text)}, ends at {messages[^1].To}.", messages[^1].To, people, random);
        var sender = random.Pick(people);
        var sent = messages.Where(m => m.From == sender).Select(m => Quote(m.Text)).ToList();
        yield return Count("sent", $"How many messages does {Quote(sender)} send?", sent.Count == 0 ? $"No arrow starts at {sender}." : $"Arrows starting at {sender}: {ChartWords.List(sent)}. That is {sent.Count}.", sent.Count);
        var unique = messages.Where(m => messages.Count(o => o.Text == m.Text) == 1).ToList();
        var message = random.Pick(unique);
        yield return Label("receiver", $"Who receives the message {Quote(message.Text)}?", $"The arrow {Quote(message.Text)} goes from {message.From} to {message.To}.", message.To, people, random);
        var index = random.Next(messages.Count - 1);
        if (unique.Contains(messages[index]))
        {
            var next = messages[index + 1].Text;
            yield return Label("next-message", $"Which message comes right after {Quote(messages[index].Text)}?", $"Reading down, the arrow below {Quote(messages[index].Text)} is {Quote(next)} ({messages[index + 1].From} to {messages[index + 1].To}).", next, [.. messages.Select(m => m.Text)], random);
        }

        var replies = messages.Count(m => m.Reply);
        if (replies > 0)
        {
            yield return Count("replies", "How many messages are drawn as dashed reply arrows?", $"The dashed arrows are {ChartWords.List([.. messages.Where(m => m.Reply).Select(m => Quote(m.Text))])}: {replies}.", replies);
        }
    }

    public ChartQuestion YesNo(SeededRandom random)
    {
        var a = random.Pick(sequence.Participants);
        var b = random.Pick(sequence.Participants.Where(p => p != a).ToList());
        var direct = sequence.Messages.Where(m => m.From == a && m.To == b).Select(m => Quote(m.Text)).ToList();
        return DiagramQa.YesNo("sends-to", $"Does {Quote(a)} send any message directly to {Quote(b)}?", direct.Count > 0 ? $"Yes: {ChartWords.List(direct)} goes from {a} to {b}." : $"No arrow starts at {a} and ends at {b}.", direct.Count > 0);
    }

    public ChartQuestion Unanswerable(SeededRandom random) =>
        DiagramQa.Unanswerable("no-latency", $"How many milliseconds does {Quote(random.Pick(sequence.Messages).Text)} take?", "A sequence diagram shows the order of messages, not their timing.");

    public string Summary() =>
        $"This sequence diagram titled \"{sequence.Title}\" shows {sequence.Participants.Count} participants ({ChartWords.List(sequence.Participants)}) exchanging {sequence.Messages.Count} messages, from \"{sequence.Messages[0].Text}\" to \"{sequence.Messages[^1].Text}\".";
}
