using Cosyn.Families.Charts.Qa;
using Cosyn.Families.Screens.Model;

using static Cosyn.Families.Screens.Qa.ScreenQuestions;

namespace Cosyn.Families.Screens.Qa;

/// <summary>Questions about an inbox: unread and starred counts, senders, labels and arrival times of emails.</summary>
public static class InboxQa
{
    public static ScreenQuestionSet Questions(InboxScreen m)
    {
        ArgumentNullException.ThrowIfNull(m);
        var shorts = new List<ChartQuestion>();
        var yesNo = new List<ChartQuestion>();
        var unread = m.Emails.Where(e => e.Unread).Select(e => e.Subject).ToList();
        var starred = m.Emails.Where(e => e.Starred).Select(e => e.Subject).ToList();
        var senders = m.Emails.Select(e => e.Sender).ToList();
        shorts.Add(ShortAnswer("unread", "How many unread emails are in the inbox?", $"The bold rows with a dot are {List(unread)}: {unread.Count} unread.", Count(unread.Count), NearCounts(unread.Count)));
        shorts.Add(ShortAnswer("starred", "How many emails are starred?", $"The filled stars mark {List(starred)}: {starred.Count} starred.", Count(starred.Count), NearCounts(starred.Count)));
        shorts.Add(ShortAnswer("count", "How many emails are listed in the inbox?", $"Counting the rows gives {m.Emails.Count}.", Count(m.Emails.Count), NearCounts(m.Emails.Count)));
        shorts.Add(ShortAnswer("latest", "What is the subject of the most recent email?", $"The list is newest first; the top row is \"{m.Emails[0].Subject}\" from {m.Emails[0].Sender} at {m.Emails[0].Time}.",
            m.Emails[0].Subject, m.Emails.Skip(1).Select(e => e.Subject)));
        foreach (var label in m.Labels)
        {
            var tagged = m.Emails.Where(e => e.Label == label).Select(e => e.Subject).ToList();
            shorts.Add(ShortAnswer("label-count", $"How many emails have the {label} label?", $"The {label} chip appears on {List(tagged)}: {tagged.Count}.", Count(tagged.Count), NearCounts(tagged.Count)));
        }

        foreach (var e in m.Emails)
        {
            shorts.Add(ShortAnswer("sender", $"Who sent the email with the subject \"{e.Subject}\"?", $"The row with the subject \"{e.Subject}\" shows the sender {e.Sender}.", e.Sender, senders));
            shorts.Add(ShortAnswer("time", $"When did the email \"{e.Subject}\" arrive?", $"The row \"{e.Subject}\" shows {e.Time} on the right.", e.Time, m.Emails.Select(o => o.Time)));
            if (e.Label is { } label)
            {
                shorts.Add(ShortAnswer("label", $"What label does the email \"{e.Subject}\" have?", $"The row \"{e.Subject}\" carries the {label} chip.", label, m.Labels));
            }

            yesNo.Add(YesNo($"Is the email \"{e.Subject}\" unread?", $"The row \"{e.Subject}\" is {(e.Unread ? "bold with an unread dot" : "in normal weight with no dot")}.", e.Unread));
            yesNo.Add(YesNo($"Is the email from {e.Sender} starred?", $"The star on {e.Sender}'s row is {(e.Starred ? "filled" : "empty")}.", e.Starred));
        }

        var summary = Summary("Summarize what this inbox shows.",
            $"The {m.App} inbox of {m.Account} lists {m.Emails.Count} emails, {unread.Count} unread and {starred.Count} starred; the newest is \"{m.Emails[0].Subject}\" from {m.Emails[0].Sender}.");
        ChartQuestion[] unanswerable =
        [
            Unanswerable("How many emails are in the Spam folder?", "The Spam folder is listed in the sidebar without a count, and its emails are not shown."),
            Unanswerable($"How large is the attachment in the email \"{m.Emails[^1].Subject}\"?", "The list shows sender, subject, label and time, but no attachments or sizes."),
            Unanswerable($"What is {m.Emails[0].Sender}'s email address?", "The list shows senders' names only, not their addresses."),
        ];
        return new ScreenQuestionSet(shorts, yesNo, summary, unanswerable);
    }
}
