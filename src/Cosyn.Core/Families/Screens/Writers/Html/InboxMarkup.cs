using Cosyn.Families.Screens.Model;
using Cosyn.Families.Shared.Code;

namespace Cosyn.Families.Screens.Writers.Html;

/// <summary>An email client: folders with the unread count and labels beside a list of mails (star, sender, label chip, subject, time; unread ones bold with a dot).</summary>
public static class InboxMarkup
{
    public const string ComposeTarget = "compose";
    public const string SearchTarget = "search";

    public static string EmailTarget(int email) => $"email-{email}";

    public static string StarTarget(int email) => $"star-{email}";

    private static readonly string[] ChipColours = ["#0ea5e9", "#f59e0b", "#10b981", "#8b5cf6"];

    public static string Write(InboxScreen m, ScreenTheme theme, ScreenMarks marks, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(m);
        ArgumentNullException.ThrowIfNull(marks);
        ArgumentNullException.ThrowIfNull(random);
        var unread = m.Emails.Count(e => e.Unread);
        var chips = random.Sample(ChipColours, m.Labels.Count);
        var extra = new StringBuilder();
        extra.Append("    <button class=\"btn primary compose\"").Append(marks.On(ComposeTarget)).Append(">✎ Compose</button>\n    <div class=\"labels\"><div class=\"muted small\">Labels</div>\n");
        for (var i = 0; i < m.Labels.Count; i++)
        {
            extra.Append("      <div><span class=\"chip-dot\" style=\"background: ").Append(chips[i]).Append("\"></span>").Append(HtmlText.Escape(m.Labels[i])).Append("</div>\n");
        }

        extra.Append("    </div>\n");
        var body = new StringBuilder();
        body.Append("    <div class=\"toolbar\"><div class=\"input search\"").Append(marks.On(SearchTarget)).Append(">Search mail</div><span class=\"muted\">")
            .Append(HtmlText.Escape(m.Account)).Append("</span></div>\n    <div class=\"card list\">\n");
        for (var i = 0; i < m.Emails.Count; i++)
        {
            var e = m.Emails[i];
            body.Append("      <div class=\"mail").Append(e.Unread ? " unread" : string.Empty).Append('"').Append(marks.On(EmailTarget(i))).Append('>');
            body.Append("<span class=\"star").Append(e.Starred ? " on" : string.Empty).Append('"').Append(marks.On(StarTarget(i))).Append('>').Append(e.Starred ? "★" : "☆").Append("</span>");
            body.Append("<span class=\"dot\"></span><span class=\"from\">").Append(HtmlText.Escape(e.Sender)).Append("</span><span class=\"subject\">");
            if (e.Label is { } label)
            {
                var colour = chips[m.Labels.ToList().IndexOf(label)];
                body.Append("<span class=\"chip\" style=\"color: ").Append(colour).Append("; border-color: ").Append(colour).Append("\">").Append(HtmlText.Escape(label)).Append("</span>");
            }

            body.Append(HtmlText.Escape(e.Subject)).Append("</span><span class=\"time\">").Append(HtmlText.Escape(e.Time)).Append("</span></div>\n");
        }

        body.Append("    </div>\n");
        var nav = new[] { $"{m.Folder} ({unread})", "Starred", "Sent", "Drafts", "Spam" };
        return ScreenPage.Write(theme, m.App + " · " + m.Folder, m.App, nav, nav[0], Css, body.ToString(), extra.ToString());
    }


    private const string Css = """
        .compose { margin: 14px 0; }
        .labels { display: flex; flex-direction: column; gap: 6px; }
        .with-topbar .labels { flex-direction: row; gap: 14px; align-items: center; }
        .small { font-size: 0.85em; }
        .chip-dot { display: inline-block; width: 10px; height: 10px; border-radius: 3px; margin-right: 6px; }
        .toolbar { display: flex; align-items: center; gap: 16px; margin-bottom: 12px; }
        .search { flex: 1; color: var(--muted); }
        .list { padding: 0; }
        .mail { display: flex; align-items: center; gap: 10px; padding: calc(var(--pad) * 0.7) var(--pad); border-bottom: 1px solid var(--border); color: var(--muted); }
        .mail:last-child { border-bottom: 0; }
        .mail.unread { color: var(--text); font-weight: bold; background: var(--soft); }
        .star { color: var(--off); font-size: 1.15em; width: 18px; }
        .star.on { color: #f5b301; }
        .dot { width: 8px; height: 8px; border-radius: 50%; flex: none; }
        .unread .dot { background: var(--accent); }
        .from { width: 170px; flex: none; }
        .subject { flex: 1; }
        .chip { border: 1px solid; border-radius: 8px; padding: 0 6px; font-size: 0.8em; margin-right: 8px; font-weight: normal; }
        .time { font-size: 0.85em; white-space: nowrap; }

        """;
}
