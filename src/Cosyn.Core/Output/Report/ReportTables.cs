using System.Globalization;
using System.Text;

namespace Cosyn.Output.Report;

/// <summary>Plain HTML tables for the report; every cell is encoded, numbers are right-aligned.</summary>
public static class ReportTables
{
    public static void Write(StringBuilder html, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object>> rows)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        html.Append("<table><tr>");
        foreach (var name in header)
        {
            html.Append("<th>").Append(Html.Text(name)).Append("</th>");
        }

        html.Append("</tr>");
        foreach (var row in rows)
        {
            html.Append("<tr>");
            foreach (var cell in row)
            {
                var numeric = cell is int or long or double or decimal;
                html.Append(numeric ? "<td class=\"n\">" : "<td>").Append(Html.Text(Format(cell))).Append("</td>");
            }

            html.Append("</tr>");
        }

        html.Append("</table>\n");
    }

    public static string Percent(double value) => (value * 100).ToString("0.0", CultureInfo.InvariantCulture) + " %";

    private static string Format(object cell) => cell switch
    {
        double d => d.ToString("0.####", CultureInfo.InvariantCulture),
        decimal m => m.ToString("0.####", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => cell?.ToString() ?? "",
    };
}
