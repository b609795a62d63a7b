using Cosyn.Families.Screens.Model;
using Cosyn.Families.Shared.Code;

namespace Cosyn.Families.Screens.Writers.Html;

/// <summary>A chat window: the conversation header, bubbles with avatar, name and time (the user's own on the right), and the composer.</summary>
public static class ChatMarkup
{
    public const string ComposerTarget = "composer";
    public const string SendTarget = "send";

    public static string MessageTarget(int message) => $"msg-{message}";

    private static readonly string[] AvatarColours = ["#e11d48", "#0891b2", "#65a30d", "#9333ea", "#d97706"];

    public static string Write(ChatScreen c, ScreenTheme theme, ScreenMarks marks, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(marks);
        ArgumentNullException.ThrowIfNull(random);
        var colours = random.Sample(AvatarColours, c.Participants.Count);
        var body = new StringBuilder();
        body.Append("    <div class=\"card chat\">\n      <div class=\"chat-head\"><b>").Append(HtmlText.Escape(c.Channel)).Append("</b> <span class=\"muted\">")
            .Append(ScreenFormat.Count(c.Participants.Count)).Append(" members</span></div>\n      <div class=\"messages\">\n");
        for (var i = 0; i < c.Messages.Count; i++)
        {
            var m = c.Messages[i];
            var mine = m.Sender == c.Me;
            var colour = colours[c.Participants.ToList().IndexOf(m.Sender)];
            body.Append("        <div class=\"msg").Append(mine ? " mine" : string.Empty).Append("\"><span class=\"avatar\" style=\"background: ").Append(colour).Append("\">")
                .Append(HtmlText.Escape(m.Sender[..1])).Append("</span><div><div class=\"meta\"><b>").Append(HtmlText.Escape(m.Sender)).Append("</b> <span class=\"muted\">")
                .Append(HtmlText.Escape(m.Time)).Append("</span></div><div class=\"bubble\"").Append(marks.On(MessageTarget(i))).Append('>').Append(HtmlText.Escape(m.Text)).Append("</div></div></div>\n");
        }

        body.Append("      </div>\n      <div class=\"composer\"><div class=\"input grow\"").Append(marks.On(ComposerTarget)).Append(">Message ").Append(HtmlText.Escape(c.Channel))
            .Append("…</div><button class=\"btn primary\"").Append(marks.On(SendTarget)).Append(">Send</button></div>\n    </div>\n");
        return ScreenPage.Write(theme, c.App + " · " + c.Channel, c.App, Nav, "Chats", Css, body.ToString());
    }


    private static readonly string[] Nav = ["Chats", "Contacts", "Calls", "Files", "Settings"];

    private const string Css = """
        .chat { max-width: 720px; padding: 0; }
        .chat-head { padding: var(--pad); border-bottom: 1px solid var(--border); }
        .messages { padding: var(--pad); display: flex; flex-direction: column; gap: calc(var(--pad) * 0.8); }
        .msg { display: flex; gap: 10px; align-items: flex-start; max-width: 80%; }
        .msg.mine { flex-direction: row-reverse; align-self: flex-end; text-align: right; }
        .meta { font-size: 0.85em; margin-bottom: 3px; }
        .bubble { display: inline-block; background: var(--bg); border: 1px solid var(--border); border-radius: 14px; padding: 8px 12px; text-align: left; }
        .mine .bubble { background: var(--accent); border-color: var(--accent); color: #fff; }
        .composer { display: flex; gap: 10px; padding: var(--pad); border-top: 1px solid var(--border); }
        .grow { flex: 1; color: var(--muted); }

        """;
}
