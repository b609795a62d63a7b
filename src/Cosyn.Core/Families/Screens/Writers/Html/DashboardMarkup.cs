using Cosyn.Families.Screens.Model;
using Cosyn.Families.Shared.Code;

namespace Cosyn.Families.Screens.Writers.Html;

/// <summary>A KPI dashboard: a grid of cards with the value, the change badge, the previous value and an inline SVG sparkline.</summary>
public static class DashboardMarkup
{
    private const string Up = "#16a34a";
    private const string Down = "#dc2626";

    public static string Write(DashboardScreen d, ScreenTheme theme, ScreenMarks marks, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(d);
        ArgumentNullException.ThrowIfNull(marks);
        ArgumentNullException.ThrowIfNull(random);
        var columns = d.Kpis.Count == 4 && random.Chance(0.5) ? 2 : d.Kpis.Count;
        var filled = random.Chance(0.5);
        var body = new StringBuilder();
        body.Append("    <div class=\"head\"><div><h1>").Append(HtmlText.Escape(d.Title)).Append("</h1><p class=\"sub\">Changes ").Append(HtmlText.Escape(d.Period))
            .Append("</p></div><button class=\"btn primary\"").Append(marks.On(ExportTarget)).Append(">Export report</button></div>\n");
        body.Append("    <div class=\"kpis\" style=\"grid-template-columns: repeat(").Append(ScreenFormat.Count(columns)).Append(", 1fr)\">\n");
        for (var i = 0; i < d.Kpis.Count; i++)
        {
            var k = d.Kpis[i];
            var colour = k.ChangePercent > 0 ? Up : Down;
            body.Append("      <div class=\"card kpi\"").Append(marks.On(CardTarget(i))).Append(">\n");
            body.Append("        <div class=\"name\">").Append(HtmlText.Escape(k.Name)).Append("</div>\n");
            // A bare currency sign goes in front of the number, as dashboards write money; other units follow it.
            var prefix = k.Unit == "$" ? "$" : string.Empty;
            var suffix = k.Unit.Length > 0 && prefix.Length == 0 ? " <span class=\"unit\">" + HtmlText.Escape(k.Unit) + "</span>" : string.Empty;
            body.Append("        <div class=\"value\">").Append(prefix).Append("<span").Append(marks.On(ValueTarget(i))).Append('>').Append(ScreenFormat.Number(k.Value, k.Decimals)).Append("</span>")
                .Append(suffix).Append("</div>\n");
            body.Append("        <div class=\"delta\"><span class=\"badge\" style=\"color: ").Append(colour).Append("; background: ").Append(colour).Append("1f\">")
                .Append(k.ChangePercent > 0 ? "▲ " : "▼ ").Append(ScreenFormat.Change(k.ChangePercent)).Append("</span> <span class=\"muted\">prev. ")
                .Append(ScreenFormat.Number(k.Previous, k.Decimals)).Append("</span></div>\n");
            body.Append(Sparkline(k.Trend, colour, filled));
            body.Append("      </div>\n");
        }

        body.Append("    </div>\n");
        return ScreenPage.Write(theme, d.App + " · " + d.Title, d.App, Nav, "Dashboard", Css, body.ToString());
    }

    public const string ExportTarget = "export";

    /// <summary>Target id of a KPI card.</summary>
    public static string CardTarget(int kpi) => $"kpi-{kpi}";

    /// <summary>Target id of a KPI card's value.</summary>
    public static string ValueTarget(int kpi) => $"kpi-value-{kpi}";

    private static string Sparkline(IReadOnlyList<decimal> trend, string colour, bool filled)
    {
        const double W = 160, H = 40;
        var min = (double)trend.Min();
        var max = (double)trend.Max();
        var span = max - min == 0 ? 1 : max - min;
        var points = string.Join(" ", trend.Select((v, i) =>
            string.Create(CultureInfo.InvariantCulture, $"{i * W / (trend.Count - 1):0.#},{H - 3 - (((double)v - min) / span * (H - 6)):0.#}")));
        var svg = new StringBuilder();
        svg.Append("        <svg class=\"spark\" width=\"160\" height=\"40\" viewBox=\"0 0 160 40\" preserveAspectRatio=\"none\" aria-hidden=\"true\">");
        if (filled)
        {
            svg.Append("<polygon points=\"0,40 ").Append(points).Append(" 160,40\" fill=\"").Append(colour).Append("\" fill-opacity=\"0.12\" />");
        }

        svg.Append("<polyline points=\"").Append(points).Append("\" fill=\"none\" stroke=\"").Append(colour).Append("\" stroke-width=\"2\" stroke-linejoin=\"round\" vector-effect=\"non-scaling-stroke\" />");
        svg.Append("</svg>\n");
        return svg.ToString();
    }

    private static readonly string[] Nav = ["Dashboard", "Reports", "Team", "Alerts", "Settings"];

    private const string Css = """
        .head { display: flex; justify-content: space-between; align-items: flex-start; margin-bottom: 6px; }
        .kpis { display: grid; gap: 14px; }
        .kpi .name { color: var(--muted); font-size: 0.9em; margin-bottom: 6px; }
        .kpi .value { font-size: 1.8em; font-weight: bold; }
        .kpi .unit { font-size: 0.5em; font-weight: normal; color: var(--muted); }
        .delta { margin: 6px 0 8px; font-size: 0.9em; }
        .badge { border-radius: 10px; padding: 2px 8px; font-weight: bold; }
        .spark { display: block; width: 100%; height: 40px; }

        """;
}
