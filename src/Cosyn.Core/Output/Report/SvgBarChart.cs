using System.Globalization;
using System.Text;

namespace Cosyn.Output.Report;

/// <summary>A horizontal bar chart as inline SVG (no script, no network): one bar per label, optionally a second (e.g. failed) stacked on it.</summary>
public static class SvgBarChart
{
    private const int RowHeight = 18;
    private const int LabelWidth = 210;
    private const int BarWidth = 420;

    public static string Render(string title, IReadOnlyList<(string Label, double Value, double Second)> rows, string secondName = "")
    {
        ArgumentNullException.ThrowIfNull(rows);
        var max = Math.Max(1, rows.Count == 0 ? 1 : rows.Max(r => r.Value + r.Second));
        var height = (rows.Count * RowHeight) + 8;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<figure class=\"chart\"><figcaption>{Html.Text(title)}</figcaption>");
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{LabelWidth + BarWidth + 90}\" height=\"{height}\" role=\"img\" aria-label=\"{Html.Text(title)}\">");
        for (var i = 0; i < rows.Count; i++)
        {
            var (label, value, second) = rows[i];
            var y = (i * RowHeight) + 4;
            var w1 = value / max * BarWidth;
            var w2 = second / max * BarWidth;
            var shown = label.Length > 32 ? label[..31] + "…" : label;
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth - 6}\" y=\"{y + 13}\" text-anchor=\"end\">{Html.Text(shown)}<title>{Html.Text(label)}</title></text>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{LabelWidth}\" y=\"{y + 2}\" width=\"{w1:0.#}\" height=\"{RowHeight - 5}\" class=\"bar\"/>");
            if (second > 0)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{LabelWidth + w1:0.#}\" y=\"{y + 2}\" width=\"{w2:0.#}\" height=\"{RowHeight - 5}\" class=\"bar2\"><title>{Html.Text(secondName)} {second}</title></rect>");
            }

            var number = second > 0 ? $"{value:0.##} + {second:0.##}" : $"{value:0.##}";
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth + w1 + w2 + 6:0.#}\" y=\"{y + 13}\">{number}</text>");
        }

        svg.Append("</svg></figure>");
        return svg.ToString();
    }
}
