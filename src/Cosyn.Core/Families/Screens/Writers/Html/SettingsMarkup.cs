using Cosyn.Families.Screens.Model;
using Cosyn.Families.Shared.Code;

namespace Cosyn.Families.Screens.Writers.Html;

/// <summary>A settings page: one card per section, a row per setting with its switch or drop-down, and the save bar.</summary>
public static class SettingsMarkup
{
    public static string Write(SettingsScreen s, ScreenTheme theme, ScreenMarks marks, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(marks);
        ArgumentNullException.ThrowIfNull(random);
        var stateText = random.Chance(0.4);
        var body = new StringBuilder();
        body.Append("    <h1>Settings</h1>\n    <p class=\"sub\">Signed in as ").Append(HtmlText.Escape(s.User)).Append(" · ").Append(HtmlText.Escape(s.Email)).Append("</p>\n");
        for (var g = 0; g < s.Sections.Count; g++)
        {
            var section = s.Sections[g];
            body.Append("    <section class=\"card group\">\n      <h2>").Append(HtmlText.Escape(section.Name)).Append("</h2>\n");
            for (var i = 0; i < section.Items.Count; i++)
            {
                var item = section.Items[i];
                body.Append("      <div class=\"row\"><span class=\"label\">").Append(HtmlText.Escape(item.Label)).Append("</span>");
                if (item.Type == SettingsItem.Toggle)
                {
                    var on = item.On == true;
                    if (stateText)
                    {
                        body.Append("<span class=\"state\">").Append(on ? "On" : "Off").Append("</span>");
                    }

                    body.Append("<span class=\"switch").Append(on ? " on" : string.Empty).Append("\" role=\"switch\" aria-checked=\"").Append(on ? "true" : "false").Append('"')
                        .Append(marks.On(ItemTarget(g, i))).Append("><span class=\"knob\"></span></span>");
                }
                else
                {
                    body.Append("<span class=\"select\"").Append(marks.On(ItemTarget(g, i))).Append('>').Append(HtmlText.Escape(item.Value!)).Append(" <span class=\"caret\">▾</span></span>");
                }

                body.Append("</div>\n");
            }

            body.Append("    </section>\n");
        }

        body.Append("    <div class=\"actions\"><button class=\"btn\"").Append(marks.On(CancelTarget)).Append(">Cancel</button><button class=\"btn primary\"")
            .Append(marks.On(SaveTarget)).Append(">Save changes</button></div>\n");
        return ScreenPage.Write(theme, s.App + " · Settings", s.App, Nav, "Settings", Css, body.ToString());
    }

    private static readonly string[] Nav = ["Home", "Activity", "Messages", "Settings", "Help"];

    private const string Css = """
        .group { margin-bottom: 14px; max-width: 640px; }
        .group h2 { font-size: 1.05em; margin: 0 0 6px; }
        .row { display: flex; align-items: center; gap: 10px; padding: calc(var(--pad) * 0.6) 0; border-top: 1px solid var(--border); }
        .row .label { flex: 1; }
        .state { color: var(--muted); font-size: 0.85em; min-width: 24px; text-align: right; }
        .select { display: inline-flex; justify-content: space-between; gap: 12px; border: 1px solid var(--border); border-radius: var(--radius); padding: 5px 10px; background: var(--bg); min-width: 150px; }
        .caret { color: var(--muted); }
        .actions { display: flex; gap: 10px; justify-content: flex-end; max-width: 640px; }

        """;

    /// <summary>Target id of the Save changes button.</summary>
    public const string SaveTarget = "save";

    public const string CancelTarget = "cancel";

    /// <summary>Target id of a setting's control (switch or drop-down).</summary>
    public static string ItemTarget(int section, int item) => $"setting-{section}-{item}";
}
