using Cosyn.Families.Screens.Model;

namespace Cosyn.Families.Screens.Generators;

/// <summary>An inbox of six to nine emails, newest first: distinct senders and subjects, some unread, starred or labelled.</summary>
public static class InboxGenerator
{
    public static InboxScreen Create(ScreenLexicon lexicon, ScreenDomain domain, string app, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        ArgumentNullException.ThrowIfNull(domain);
        ArgumentNullException.ThrowIfNull(random);
        var count = random.Next(6, Math.Min(10, domain.Subjects.Count + 1));
        var subjects = random.Sample(domain.Subjects, count);
        var senders = ScreenPeople.Names(lexicon, count, random);
        var labels = random.Sample(domain.Labels, 3);
        var minutes = random.Next(15 * 60, 18 * 60);
        var emails = new List<EmailItem>();
        for (var i = 0; i < count; i++)
        {
            // Today's mail shows a time; older mail shows its date, as mail clients do.
            minutes -= random.Next(20, 140);
            var time = minutes > 7 * 60 ? ChatGenerator.Clock(minutes) : "Mar " + (20 - i).ToString(System.Globalization.CultureInfo.InvariantCulture);
            emails.Add(new EmailItem(senders[i], subjects[i], time, random.Chance(i < 3 ? 0.6 : 0.3), random.Chance(0.25), random.Chance(0.45) ? random.Pick(labels) : null));
        }

        var user = ScreenPeople.Names(lexicon, 1, random)[0];

        return new InboxScreen(ScreenKinds.Email, app + " Mail", ScreenPeople.Email(user, "mail.com"), "Inbox", labels, emails);
    }
}
