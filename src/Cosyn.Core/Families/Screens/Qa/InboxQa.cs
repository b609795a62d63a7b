using Cosyn.Families.Screens.Model;

using static Cosyn.Families.Screens.Qa.ScreenQuestions;

namespace Cosyn.Families.Screens.Qa;

/// <summary>Questions about an inbox: unread and starred counts, senders, labels and arrival times of emails.</summary>
public static class InboxQa
{
    public static ScreenQuestionSet Questions(InboxScreen m)
    {
        ArgumentNullException.ThrowIfNull(m);
        var asked = new ScreenQuestionCollector();
        var unread = m.Emails.Where(e => e.Unread).Select(e => e.Subject).ToList();
        var starred = m.Emails.Where(e => e.Starred).Select(e => e.Subject).ToList();
        var senders = m.Emails.Select(e => e.Sender).ToList();
        asked.ShortAnswer("unread", "How many unread emails are in the inbox?", $"The bold rows with a dot are {List(unread)}: {unread.Count} unread.", Count(unread.Count), NearCounts(unread.Count));
        asked.ShortAnswer("starred", "How many emails are starred?", $"The filled stars mark {List(starred)}: {starred.Count} starred.", Count(starred.Count), NearCounts(starred.Count));
        asked.ShortAnswer("count", "How many emails are listed in the inbox?", $"Counting the rows gives {m.Emails.Count}.", Count(m.Emails.Count), NearCounts(m.Emails.Count));
        asked.ShortAnswer("latest", "What is the subject of the most recent email?", $"The list is newest first; the top row is \"{m.Emails[0].Subject}\" from {m.Emails[0].Sender} at {m.Emails[0].Time}.",
            m.Emails[0].Subject, m.Emails.Skip(1).Select(e => e.Subject));
        foreach (var label in m.Labels)
        {
            var tagged = m.Emails.Where(e => e.Label == label).Select(e => e.Subject).ToList();
            asked.ShortAnswer("label-count", $"How many emails have the {label} label?", $"The {label} chip appears on {List(tagged)}: {tagged.Count}.", Count(tagged.Count), NearCounts(tagged.Count));
        }

        foreach (var e in m.Emails)
        {
            asked.ShortAnswer("sender", $"Who sent the email with the subject \"{e.Subject}\"?", $"The row with the subject \"{e.Subject}\" shows the sender {e.Sender}.", e.Sender, senders);
            asked.ShortAnswer("time", $"When did the email \"{e.Subject}\" arrive?", $"The row \"{e.Subject}\" shows {e.Time} on the right.", e.Time, m.Emails.Select(o => o.Time));
            if (e.Label is { } label)
            {
                asked.ShortAnswer("label", $"What label does the email \"{e.Subject}\" have?", $"The row \"{e.Subject}\" carries the {label} chip.", label, m.Labels);
            }

            asked.YesNo($"Is the email \"{e.Subject}\" unread?", $"The row \"{e.Subject}\" is {(e.Unread ? "bold with an unread dot" : "in normal weight with no dot")}.", e.Unread);
            asked.YesNo($"Is the email from {e.Sender} starred?", $"The star on {e.Sender}'s row is {(e.Starred ? "filled" : "empty")}.", e.Starred);
        }

        asked.Summary("Summarize what this inbox shows.",
            $"The {m.App} inbox of {m.Account} lists {m.Emails.Count} emails, {unread.Count} unread and {starred.Count} starred; the newest is \"{m.Emails[0].Subject}\" from {m.Emails[0].Sender}.");
        asked.Unanswerable("How many emails are in the Spam folder?", "The Spam folder is listed in the sidebar without a count, and its emails are not shown.");
        asked.Unanswerable($"How large is the attachment in the email \"{m.Emails[^1].Subject}\"?", "The list shows sender, subject, label and time, but no attachments or sizes.");
        asked.Unanswerable($"What is {m.Emails[0].Sender}'s email address?", "The list shows senders' names only, not their addresses.");
        return asked.Close();
    }
}
