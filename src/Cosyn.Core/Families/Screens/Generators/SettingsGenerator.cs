using Cosyn.Families.Screens.Model;

namespace Cosyn.Families.Screens.Generators;

/// <summary>A settings page: two or three sections of toggles, some with a drop-down, each toggle on or off.</summary>
public static class SettingsGenerator
{
    public static SettingsScreen Create(ScreenLexicon lexicon, ScreenDomain domain, string app, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        ArgumentNullException.ThrowIfNull(domain);
        ArgumentNullException.ThrowIfNull(random);
        var user = ScreenPeople.Names(lexicon, 1, random)[0];
        var sections = random.Sample(lexicon.SettingsSections, random.Next(2, 4));
        var selects = random.Sample(lexicon.Selects, sections.Count);
        var built = new List<SettingsSection>();
        for (var s = 0; s < sections.Count; s++)
        {
            var items = random.Sample(sections[s].Toggles, random.Next(3, 5))
                .Select(t => new SettingsItem(t, SettingsItem.Toggle, On: random.Chance(0.5)))
                .ToList();
            if (random.Chance(0.6))
            {
                items.Insert(random.Next(items.Count + 1), new SettingsItem(selects[s].Label, SettingsItem.Select, Value: random.Pick(selects[s].Values)));
            }

            built.Add(new SettingsSection(sections[s].Name, items));
        }

        return new SettingsScreen(ScreenKinds.Settings, app, user, ScreenPeople.Email(user, app.ToLowerInvariant() + ".app"), built);
    }
}
