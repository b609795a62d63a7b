using Cosyn.Families.Screens.Model;

using static Cosyn.Families.Screens.Qa.ScreenQuestions;

namespace Cosyn.Families.Screens.Qa;

/// <summary>Questions about a chat: who said what and when, who wrote last, how many messages each person sent.</summary>
public static class ChatQa
{
    public static ScreenQuestionSet Questions(ChatScreen c)
    {
        ArgumentNullException.ThrowIfNull(c);
        var asked = new ScreenQuestionCollector();
        var last = c.Messages[^1];
        var first = c.Messages[0];
        var times = c.Messages.Select(m => m.Time).ToList();
        asked.ShortAnswer("last", "Who sent the last message?", $"The bottom message, \"{last.Text}\", is from {last.Sender} at {last.Time}.", last.Sender, c.Participants);
        asked.ShortAnswer("first", "Who sent the first message?", $"The top message, \"{first.Text}\", is from {first.Sender} at {first.Time}.", first.Sender, c.Participants);
        asked.ShortAnswer("count", "How many messages are shown in the conversation?", $"Counting the bubbles from top to bottom gives {c.Messages.Count}.", Count(c.Messages.Count), NearCounts(c.Messages.Count));
        asked.ShortAnswer("channel", "What is the name of this conversation?", $"The header above the messages reads {c.Channel}.", c.Channel);
        var counts = c.Participants.Select(p => (Name: p, Count: c.Messages.Count(m => m.Sender == p))).ToList();
        var tally = string.Join(", ", counts.Select(p => $"{p.Name} {p.Count}"));
        foreach (var (name, count) in counts)
        {
            asked.ShortAnswer("per-person", $"How many messages did {name} send?", $"Messages per person: {tally}; {name} sent {count}.", Count(count), NearCounts(count));
            asked.YesNo($"Did {name} send the last message?", $"The last message is from {last.Sender}.", last.Sender == name);
        }

        var most = counts.MaxBy(p => p.Count);
        if (counts.Count(p => p.Count == most.Count) == 1)
        {
            asked.ShortAnswer("most", "Who sent the most messages?", $"Messages per person: {tally}; the most is {most.Name}.", most.Name, c.Participants);
        }

        foreach (var m in c.Messages)
        {
            asked.ShortAnswer("time", $"At what time was the message \"{m.Text}\" sent?", $"The message \"{m.Text}\" is stamped {m.Time}, next to {m.Sender}'s name.", m.Time, times);
            asked.ShortAnswer("author", $"Who wrote \"{m.Text}\"?", $"The name above the bubble \"{m.Text}\" is {m.Sender}.", m.Sender, c.Participants);
        }

        asked.Summary("Summarize this chat conversation.",
            $"In {c.Channel} on {c.App}, {List(c.Participants)} exchange {c.Messages.Count} messages between {first.Time} and {last.Time}; {first.Sender} opens with \"{first.Text}\" and {last.Sender} ends with \"{last.Text}\".");
        foreach (var p in c.Participants.Take(2))
        {
            asked.Unanswerable($"What is {p}'s phone number?", $"The chat shows {p}'s name, avatar and messages, but no phone number.");
        }

        asked.Unanswerable("When was this conversation started?", "Only the visible messages and their times are shown; the chat's start date is not.");
        return asked.Close();
    }
}
