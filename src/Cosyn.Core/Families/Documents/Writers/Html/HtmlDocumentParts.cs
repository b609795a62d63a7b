using static Cosyn.Families.Shared.Code.HtmlText;

namespace Cosyn.Families.Documents.Writers.Html;

/// <summary>Markup for the pieces every HTML document shares: field lists, tables (with section sub-headings), total lines, ticked choices, text.</summary>
public static class HtmlDocumentParts
{
    public static void Fields(StringBuilder html, IEnumerable<DocumentField> fields, string cssClass = "fields")
    {
        ArgumentNullException.ThrowIfNull(html);
        html.Append("<dl class=\"").Append(cssClass).Append("\">\n");
        foreach (var field in fields)
        {
            html.Append("  <div><dt>").Append(Escape(field.Label)).Append("</dt><dd>").Append(Escape(field.Value)).Append("</dd></div>\n");
        }

        html.Append("</dl>\n");
    }

    public static void Table(StringBuilder html, DocumentTable table, string currency, bool heading = true)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(table);
        if (heading)
        {
            html.Append("<h2>").Append(Escape(table.Heading)).Append("</h2>\n");
        }

        var group = table.GroupColumn is null ? -1 : table.IndexOf(table.GroupColumn);
        var shown = Enumerable.Range(0, table.Columns.Count).Where(c => c != group).ToList();
        html.Append("<table class=\"items\">\n  <thead><tr>");
        foreach (var c in shown)
        {
            html.Append("<th").Append(Class(table.Columns[c])).Append('>').Append(Escape(table.Columns[c].Name)).Append("</th>");
        }

        html.Append("</tr></thead>\n  <tbody>\n");
        string? section = null;
        foreach (var row in table.Rows)
        {
            if (group >= 0 && row[group].Text != section)
            {
                section = row[group].Text;
                html.Append("    <tr class=\"section\"><th colspan=\"").Append(shown.Count).Append("\">").Append(Escape(section ?? string.Empty)).Append("</th></tr>\n");
            }

            html.Append("    <tr>");
            foreach (var c in shown)
            {
                html.Append("<td").Append(Class(table.Columns[c])).Append('>')
                    .Append(Escape(DocumentFormat.Cell(row[c], table.Columns[c], currency))).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("  </tbody>\n</table>\n");
    }

    public static void Totals(StringBuilder html, DocumentSpec spec)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(spec);
        if (spec.Totals.Count == 0)
        {
            return;
        }

        html.Append("<table class=\"totals\">\n");
        foreach (var line in spec.Totals)
        {
            var strong = line.Role is DocumentTotalRoles.Total or DocumentTotalRoles.Balance;
            var amount = line.Role == DocumentTotalRoles.Discount ? -line.Amount : line.Amount;
            html.Append("  <tr").Append(strong ? " class=\"grand\"" : string.Empty).Append("><th>").Append(Escape(line.Label)).Append("</th><td class=\"num\">")
                .Append(Escape(DocumentFormat.Money(amount, spec.Currency))).Append("</td></tr>\n");
        }

        html.Append("</table>\n");
    }

    public static void Choices(StringBuilder html, IEnumerable<DocumentChoice> choices)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(choices);
        foreach (var choice in choices)
        {
            html.Append("<fieldset class=\"choice\"><legend>").Append(Escape(choice.Label)).Append("</legend>\n");
            foreach (var option in choice.Options)
            {
                var ticked = option == choice.Selected;
                html.Append("  <label class=\"").Append(ticked ? "box ticked" : "box").Append("\"><span class=\"mark\">").Append(ticked ? "☑" : "☐").Append("</span> ")
                    .Append(Escape(option)).Append("</label>\n");
            }

            html.Append("</fieldset>\n");
        }
    }

    public static void Paragraphs(StringBuilder html, IEnumerable<string> paragraphs, bool numbered)
    {
        ArgumentNullException.ThrowIfNull(html);
        var list = paragraphs.ToList();
        if (list.Count == 0)
        {
            return;
        }

        if (numbered)
        {
            html.Append("<ol class=\"steps\">\n");
            list.ForEach(p => html.Append("  <li>").Append(Escape(p)).Append("</li>\n"));
            html.Append("</ol>\n");
            return;
        }

        list.ForEach(p => html.Append("<p>").Append(Escape(p)).Append("</p>\n"));
    }

    public static void Footer(StringBuilder html, IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(html);
        var list = lines.ToList();
        if (list.Count > 0)
        {
            html.Append("<footer>\n");
            list.ForEach(l => html.Append("  <p>").Append(Escape(l)).Append("</p>\n"));
            html.Append("</footer>\n");
        }
    }

    // Numbers align right; numbers, dates and times never wrap inside a cell.
    private static string Class(DocumentColumn column) =>
        Numeric(column) ? " class=\"num\"" : column.Kind is DocumentValueKind.Date or DocumentValueKind.Time ? " class=\"nowrap\"" : string.Empty;

    private static bool Numeric(DocumentColumn column) => column.Kind is DocumentValueKind.Money or DocumentValueKind.Number or DocumentValueKind.Percent;
}
