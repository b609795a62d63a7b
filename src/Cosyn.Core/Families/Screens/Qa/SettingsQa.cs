using Cosyn.Families.Screens.Model;

using static Cosyn.Families.Screens.Qa.ScreenQuestions;

namespace Cosyn.Families.Screens.Qa;

/// <summary>Questions about a settings page's visible state: which switches are on, what the drop-downs say, where a setting lives.</summary>
public static class SettingsQa
{
    public static ScreenQuestionSet Questions(SettingsScreen s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var asked = new ScreenQuestionCollector();
        var toggles = s.Sections.SelectMany(g => g.Items.Where(i => i.Type == SettingsItem.Toggle).Select(i => (Section: g.Name, Item: i))).ToList();
        var onTotal = toggles.Count(t => t.Item.On == true);
        foreach (var section in s.Sections)
        {
            var switches = section.Items.Where(i => i.Type == SettingsItem.Toggle).ToList();
            var on = switches.Where(i => i.On == true).Select(i => i.Label).ToList();
            var off = switches.Where(i => i.On != true).Select(i => i.Label).ToList();
            asked.ShortAnswer("count-on", $"How many settings are switched on in the {section.Name} section?",
                $"The {section.Name} section has {switches.Count} switches; the ones on are {List(on)}, so {on.Count} are on.", Count(on.Count), NearCounts(on.Count));
            asked.ShortAnswer("count-off", $"How many settings are switched off in the {section.Name} section?",
                $"The {section.Name} section has {switches.Count} switches; the ones off are {List(off)}, so {off.Count} are off.", Count(off.Count), NearCounts(off.Count));
            asked.ShortAnswer("list-on", $"Which settings are switched on in the {section.Name} section?",
                $"Reading each switch in the {section.Name} section from top to bottom, the ones in the on position are {List(on)}.", on.Count == 0 ? "None" : string.Join(", ", on));
            foreach (var select in section.Items.Where(i => i.Type == SettingsItem.Select))
            {
                asked.ShortAnswer("select", $"Which option is selected for {select.Label}?",
                    $"The {select.Label} drop-down in the {section.Name} section shows {select.Value}.", select.Value!);
            }
        }

        var others = s.Sections.Select(g => g.Name).ToList();
        foreach (var (section, item) in toggles)
        {
            asked.ShortAnswer("section", $"In which section is the {item.Label} setting?", $"The {item.Label} switch is listed under the {section} heading.", section, others);
            asked.YesNo($"Is {item.Label} switched on?", $"The {item.Label} switch in the {section} section is in the {(item.On == true ? "on" : "off")} position.", item.On == true);
        }

        asked.ShortAnswer("count-all", "How many settings are switched on in total?",
            $"Counting the switches that are on in every section: {string.Join(" + ", s.Sections.Select(g => g.Items.Count(i => i.On == true)))} = {onTotal}.", Count(onTotal), NearCounts(onTotal));
        asked.ShortAnswer("account", "Which email address is this account signed in with?", $"The line under the Settings heading reads \"Signed in as {s.User} · {s.Email}\".", s.Email);
        asked.ShortAnswer("user", "Who is signed in on this settings page?", $"The line under the Settings heading reads \"Signed in as {s.User}\".", s.User);
        asked.Summary("Summarize the settings shown on this screen.",
            $"The {s.App} settings page for {s.User} has {s.Sections.Count} sections ({List([.. others])}); {onTotal} of {toggles.Count} switches are on: {List([.. toggles.Where(t => t.Item.On == true).Select(t => t.Item.Label)])}.");
        asked.Unanswerable("When was this account created?", "The page shows the signed-in name and email and the settings, but no account creation date.");
        asked.Unanswerable($"Which version of {s.App} is installed?", "No version number appears anywhere on the settings page.");
        asked.Unanswerable($"What is {s.User}'s phone number?", "Only a name and an email address are shown for the account; no phone number.");
        return asked.Close();
    }
}
