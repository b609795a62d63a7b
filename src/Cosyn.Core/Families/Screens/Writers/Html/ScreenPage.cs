using Cosyn.Families.Shared.Code;

namespace Cosyn.Families.Screens.Writers.Html;

/// <summary>
/// The document around every screen: theme variables and shared component CSS (cards, buttons, switches, fields,
/// avatars), then the app frame with the navigation as a sidebar or a top bar, then the screen's own body.
/// </summary>
public static class ScreenPage
{
    public static string Write(ScreenTheme theme, string title, string app, IReadOnlyList<string> nav, string active, string css, string body, string? navExtra = null)
    {
        ArgumentNullException.ThrowIfNull(theme);
        ArgumentNullException.ThrowIfNull(nav);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\" />\n<title>").Append(HtmlText.Escape(title)).Append("</title>\n<style>\n");
        html.Append(Variables(theme)).Append(BaseCss).Append(css).Append("</style>\n</head>\n<body>\n");
        html.Append("<div class=\"app ").Append(theme.Sidebar ? "with-sidebar" : "with-topbar").Append("\">\n");
        html.Append(theme.Sidebar ? "  <aside class=\"nav\">\n" : "  <header class=\"nav\">\n");
        html.Append("    <div class=\"brand\"><span class=\"logo\">").Append(HtmlText.Escape(app[..1])).Append("</span>").Append(HtmlText.Escape(app)).Append("</div>\n");
        html.Append("    <nav>\n");
        foreach (var item in nav)
        {
            html.Append("      <a href=\"#\"").Append(item == active ? " class=\"active\"" : string.Empty).Append('>').Append(HtmlText.Escape(item)).Append("</a>\n");
        }

        html.Append("    </nav>\n");
        if (navExtra is not null)
        {
            html.Append(navExtra);
        }

        html.Append(theme.Sidebar ? "  </aside>\n" : "  </header>\n");
        html.Append("  <main>\n").Append(body).Append("  </main>\n</div>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static string Variables(ScreenTheme t) => $$"""
        :root {
          --bg: {{t.Background}}; --surface: {{t.Surface}}; --text: {{t.Text}}; --muted: {{t.Muted}};
          --border: {{t.Border}}; --accent: {{t.Accent}}; --pad: {{t.Padding}}px; --radius: {{t.Radius}}px;
          --soft: color-mix(in srgb, var(--accent) {{(t.Dark ? 28 : 12)}}%, var(--surface));
          --off: {{(t.Dark ? "#475569" : "#cbd2da")}};
        }
        body { margin: 0; font-family: {{t.Font}}; font-size: {{t.FontSize}}px; background: var(--bg); color: var(--text); }

        """;

    private const string BaseCss = """
        * { box-sizing: border-box; }
        .app { width: 1000px; min-height: 100vh; display: flex; }
        .app.with-topbar { flex-direction: column; }
        .nav { background: var(--surface); border-color: var(--border); border-style: solid; border-width: 0; }
        .with-sidebar .nav { width: 200px; border-right-width: 1px; padding: var(--pad); }
        .with-topbar .nav { display: flex; align-items: center; gap: 24px; border-bottom-width: 1px; padding: 10px calc(var(--pad) * 1.5); }
        .brand { display: flex; align-items: center; gap: 8px; font-weight: bold; font-size: 1.1em; }
        .with-sidebar .brand { margin-bottom: 18px; }
        .logo { width: 28px; height: 28px; border-radius: 8px; background: var(--accent); color: #fff; display: inline-flex; align-items: center; justify-content: center; }
        .nav nav { display: flex; gap: 4px; }
        .with-sidebar .nav nav { flex-direction: column; }
        .nav nav a { color: var(--muted); text-decoration: none; padding: 7px 10px; border-radius: var(--radius); }
        .nav nav a.active { background: var(--soft); color: var(--accent); font-weight: bold; }
        main { flex: 1; padding: calc(var(--pad) * 1.5); }
        h1 { font-size: 1.5em; margin: 0 0 4px; }
        .sub { color: var(--muted); margin: 0 0 16px; }
        .card { background: var(--surface); border: 1px solid var(--border); border-radius: var(--radius); padding: var(--pad); }
        .btn { display: inline-block; padding: 8px 16px; border-radius: var(--radius); border: 1px solid var(--border); background: var(--surface); color: var(--text); font: inherit; }
        .btn.primary { background: var(--accent); border-color: var(--accent); color: #fff; font-weight: bold; }
        .switch { width: 42px; height: 24px; border-radius: 12px; background: var(--off); position: relative; display: inline-block; flex: none; }
        .switch.on { background: var(--accent); }
        .switch .knob { position: absolute; top: 3px; left: 3px; width: 18px; height: 18px; border-radius: 50%; background: #fff; box-shadow: 0 1px 2px rgba(0, 0, 0, 0.3); }
        .switch.on .knob { left: 21px; }
        .field { display: flex; flex-direction: column; gap: 4px; }
        .field label { color: var(--muted); font-size: 0.85em; }
        .input { border: 1px solid var(--border); border-radius: var(--radius); padding: 8px 10px; background: var(--bg); color: var(--text); }
        .avatar { width: 32px; height: 32px; border-radius: 50%; display: inline-flex; align-items: center; justify-content: center; color: #fff; font-weight: bold; font-size: 0.8em; flex: none; }
        .muted { color: var(--muted); }

        """;
}
