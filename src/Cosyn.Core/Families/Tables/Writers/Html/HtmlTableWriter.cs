namespace Cosyn.Families.Tables.Writers.Html;

/// <summary>
/// Writes a full HTML document for a <see cref="TableSpec"/>: a semantic <c>&lt;table&gt;</c> with a caption,
/// <c>colspan</c> header groups, <c>rowspan</c> row groups, a <c>&lt;tfoot&gt;</c> totals row and highlighted cells,
/// styled by one of several CSS themes with fonts Debian ships. The markup is well-formed XML so it parses strictly.
/// </summary>
public sealed class HtmlTableWriter : TableCodeWriter
{
    private static readonly string[] SansFonts = ["'DejaVu Sans', sans-serif", "'Liberation Sans', Arial, sans-serif"];
    private static readonly string[] SerifFonts = ["'DejaVu Serif', serif", "'Liberation Serif', 'Times New Roman', serif"];

    protected override string Write(TableSpec spec, TableStyle style, SeededRandom random)
    {
        var theme = random.Pick(HtmlTableThemes.Names);
        var font = random.Pick(style.Sans ? SansFonts : SerifFonts);
        var size = random.Next(13, 17);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\" />\n");
        html.Append("<title>").Append(Escape(spec.Title)).Append("</title>\n<style>\n");
        html.Append(BaseCss(font, size, style, random.Chance(0.5) ? "left" : "center"));
        html.Append(Indent(HtmlTableThemes.Css(theme, style))).Append("\n</style>\n</head>\n<body>\n");
        html.Append("<figure class=\"card\">\n<table class=\"").Append(theme).Append("\">\n");
        html.Append("  <caption>").Append(Escape(spec.Title));
        if (spec.Caption is not null)
        {
            html.Append("<br /><span class=\"unit\">").Append(Escape(spec.Caption)).Append("</span>");
        }

        html.Append("</caption>\n");
        WriteHead(html, spec);
        WriteBody(html, spec, style.Thousands);
        WriteFoot(html, spec, style.Thousands);
        html.Append("</table>\n");
        if (spec.Highlight is { } highlight)
        {
            html.Append("<p class=\"note\"><span class=\"swatch\"></span>Highlighted: ").Append(highlight.Rule).Append("</p>\n");
        }

        html.Append("</figure>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static string BaseCss(string font, int size, TableStyle style, string captionAlign) => $$"""
          body { font-family: {{font}}; font-size: {{size}}px; color: #222; background: #fff; margin: 24px; }
          figure { margin: 0; display: inline-block; }
          table { border-collapse: collapse; min-width: 520px; }
          caption { caption-side: top; text-align: {{captionAlign}}; font-size: 1.3em; font-weight: bold; padding: 0 0 10px; }
          caption .unit { font-size: 0.72em; font-weight: normal; font-style: italic; color: #555; }
          th, td { padding: 6px 12px; }
          thead th { text-align: center; }
          tbody th { text-align: left; font-weight: normal; }
          tbody th.group { font-weight: bold; background: {{style.GroupBackground}}; vertical-align: middle; }
          td.num { text-align: right; font-variant-numeric: tabular-nums; }
          td.missing { text-align: center; color: #888; }
          td.hl { background: {{style.Highlight}} !important; font-weight: bold; }
          tfoot th, tfoot td { font-weight: bold; border-top: 2px solid #333; background: {{style.GroupBackground}}; }
          .note { font-size: 0.85em; color: #555; margin: 8px 0 0; }
          .swatch { display: inline-block; width: 12px; height: 12px; margin-right: 6px; vertical-align: -1px; background: {{style.Highlight}}; }

        """;

    private static void WriteHead(StringBuilder html, TableSpec spec)
    {
        var grouped = spec.ColumnGroups.Count > 0;
        var span = grouped ? " rowspan=\"2\"" : string.Empty;
        html.Append("  <thead>\n    <tr").Append(grouped ? " class=\"groups\"" : string.Empty).Append('>');
        if (spec.HasRowGroups)
        {
            html.Append("<th scope=\"col\"").Append(span).Append('>').Append(Escape(spec.GroupLabel!)).Append("</th>");
        }

        html.Append("<th scope=\"col\"").Append(span).Append('>').Append(Escape(spec.RowLabel)).Append("</th>");
        if (grouped)
        {
            foreach (var group in spec.ColumnGroups)
            {
                html.Append("<th scope=\"colgroup\" colspan=\"").Append(Int(group.Count)).Append("\">").Append(Escape(group.Name)).Append("</th>");
            }

            html.Append("</tr>\n    <tr>");
        }

        foreach (var column in spec.Columns)
        {
            html.Append("<th scope=\"col\">").Append(Escape(column.Header(spec.UnitsInHeaders))).Append("</th>");
        }

        html.Append("</tr>\n  </thead>\n");
    }

    private static void WriteBody(StringBuilder html, TableSpec spec, bool thousands)
    {
        html.Append("  <tbody>\n");
        var groupStarts = spec.RowGroups.ToDictionary(g => g.Rows[0], g => g);
        for (var r = 0; r < spec.Rows.Count; r++)
        {
            var row = spec.Rows[r];
            html.Append("    <tr>");
            if (groupStarts.TryGetValue(r, out var group))
            {
                html.Append("<th scope=\"rowgroup\" class=\"group\" rowspan=\"").Append(Int(group.Rows.Count)).Append("\">").Append(Escape(group.Name)).Append("</th>");
            }

            html.Append("<th scope=\"row\">").Append(Escape(row.Name)).Append("</th>");
            for (var c = 0; c < spec.Columns.Count; c++)
            {
                var value = row.Cells[c];
                var classes = value is null ? "missing" : spec.Highlight?.IsHighlighted(r, c) == true ? "num hl" : "num";
                html.Append("<td class=\"").Append(classes).Append("\">").Append(TableFormat.Cell(value, spec.Columns[c].Decimals, thousands)).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("  </tbody>\n");
    }

    private static void WriteFoot(StringBuilder html, TableSpec spec, bool thousands)
    {
        if (spec.Totals is not { } totals)
        {
            return;
        }

        var lead = spec.HasRowGroups ? " colspan=\"2\"" : string.Empty;
        html.Append("  <tfoot>\n    <tr><th scope=\"row\"").Append(lead).Append('>').Append(Escape(spec.TotalsLabel)).Append("</th>");
        for (var c = 0; c < spec.Columns.Count; c++)
        {
            html.Append("<td class=\"num\">").Append(totals[c] is { } t ? TableFormat.Cell(t, spec.Columns[c].Decimals, thousands) : string.Empty).Append("</td>");
        }

        html.Append("</tr>\n  </tfoot>\n");
    }

    private static string Indent(string css) => string.Join("\n", css.Split('\n').Select(l => "  " + l));

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Escapes text for element content and attribute values.</summary>
    public static string Escape(string text) =>
        (text ?? string.Empty).Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal);
}
