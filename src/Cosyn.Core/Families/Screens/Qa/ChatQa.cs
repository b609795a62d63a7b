using Cosyn.Families.Charts.Qa;
using Cosyn.Families.Screens.Model;

using static Cosyn.Families.Screens.Qa.ScreenQuestions;

namespace Cosyn.Families.Screens.Qa;

/// <summary>Questions about a chat: who said what and when, who wrote last, how many messages each person sent.</summary>
public static class ChatQa
{
    public static ScreenQuestionSet Questions(ChatScreen c)
    {
        ArgumentNullException.ThrowIfNull(c);
        var shorts = new List<ChartQuestion>();
        var yesNo = new List<ChartQuestion>();
        var last = c.Messages[^1];
        var first = c.Messages[0];
        var times = c.Messages.Select(m => m.Time).ToList();
        shorts.Add(ShortAnswer("last", "Who sent the last message?", $"The bottom message, \"{last.Text}\", is from {last.Sender} at {last.Time}.", last.Sender, c.Participants));
        shorts.Add(ShortAnswer("first", "Who sent the first message?", $"The top message, \"{first.Text}\", is from {first.Sender} at {first.Time}.", first.Sender, c.Participants));
        shorts.Add(ShortAnswer("count", "How many messages are shown in the conversation?", $"Counting the bubbles from top to bottom gives {c.Messages.Count}.", Count(c.Messages.Count), NearCounts(c.Messages.Count)));
        shorts.Add(ShortAnswer("channel", "What is the name of this conversation?", $"The header above the messages reads {c.Channel}.", c.Channel));
        var counts = c.Participants.Select(p => (Name: p, Count: c.Messages.Count(m => m.Sender == p))).ToList();
        var tally = string.Join(", ", counts.Select(p => $"{p.Name} {p.Count}"));
        foreach (var (name, count) in counts)
        {
            shorts.Add(ShortAnswer("per-person", $"How many messages did {name} send?", $"Messages per person: {tally}; {name} sent {count}.", Count(count), NearCounts(count)));
            yesNo.Add(YesNo($"Did {name} send the last message?", $"The last message is from {last.Sender}.", last.Sender == name));
        }

        var most = counts.MaxBy(p => p.Count);
        if (counts.Count(p => p.Count == most.Count) == 1)
        {
            shorts.Add(ShortAnswer("most", "Who sent the most messages?", $"Messages per person: {tally}; the most is {most.Name}.", most.Name, c.Participants));
        }

        foreach (var m in c.Messages)
        {
            shorts.Add(ShortAnswer("time", $"At what time was the message \"{m.Text}\" sent?", $"The message \"{m.Text}\" is stamped {m.Time}, next to {m.Sender}'s name.", m.Time, times));
            shorts.Add(ShortAnswer("author", $"Who wrote \"{m.Text}\"?", $"The name above the bubble \"{m.Text}\" is {m.Sender}.", m.Sender, c.Participants));
        }

        var summary = Summary("Summarize this chat conversation.",
            $"In {c.Channel} on {c.App}, {List(c.Participants)} exchange {c.Messages.Count} messages between {first.Time} and {last.Time}; {first.Sender} opens with \"{first.Text}\" and {last.Sender} ends with \"{last.Text}\".");
        ChartQuestion[] unanswerable =
        [
            .. c.Participants.Take(2).Select(p => Unanswerable($"What is {p}'s phone number?", $"The chat shows {p}'s name, avatar and messages, but no phone number.")),
            Unanswerable("When was this conversation started?", "Only the visible messages and their times are shown; the chat's start date is not."),
        ];
        return new ScreenQuestionSet(shorts, yesNo, summary, unanswerable);
    }
}
