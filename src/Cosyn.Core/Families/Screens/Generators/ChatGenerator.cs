using Cosyn.Families.Screens.Model;

namespace Cosyn.Families.Screens.Generators;

/// <summary>A conversation of six to nine consecutive domain chat lines among two to four people, minutes apart.</summary>
public static class ChatGenerator
{
    public static ChatScreen Create(ScreenLexicon lexicon, ScreenDomain domain, string app, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        ArgumentNullException.ThrowIfNull(domain);
        ArgumentNullException.ThrowIfNull(random);
        var people = ScreenPeople.Names(lexicon, random.Next(2, 5), random);
        var count = random.Next(6, Math.Min(10, domain.Chat.Count + 1));
        var start = random.Next(domain.Chat.Count - count + 1);
        var minutes = random.Next(7 * 60, 19 * 60);
        var messages = new List<ChatMessage>();
        var sender = random.Next(people.Count);
        for (var i = 0; i < count; i++)
        {
            // Replies usually come from someone else; now and then a person sends two in a row.
            if (i > 0 && random.Chance(0.8))
            {
                sender = (sender + 1 + random.Next(people.Count - 1)) % people.Count;
            }

            minutes += random.Next(1, 9);
            messages.Add(new ChatMessage(ScreenPeople.First(people[sender]), Clock(minutes), domain.Chat[start + i]));
        }

        var channel = people.Count == 2 ? people[1] : random.Pick(domain.Channels);
        return new ChatScreen(ScreenKinds.Chat, app, channel, ScreenPeople.First(people[0]), [.. people.Select(ScreenPeople.First)], messages);
    }

    /// <summary>Minutes after midnight as a 12-hour time, e.g. <c>9:05 AM</c>.</summary>
    public static string Clock(int minutes)
    {
        var h = minutes / 60 % 24;
        var m = minutes % 60;
        var hour12 = h % 12 == 0 ? 12 : h % 12;
        return string.Create(CultureInfo.InvariantCulture, $"{hour12}:{m:00} {(h < 12 ? "AM" : "PM")}");
    }
}
