namespace Cosyn.Families.Charts.Writers.Html;

/// <summary>The page's stylesheet: surface, fonts, title, legend, and the SVG text and line classes the emitters use.</summary>
internal static class HtmlChartStyles
{
    public static string Css(HtmlChartTheme theme, int svgWidth)
    {
        var s = theme.Surface;
        var size = theme.FontSize;
        return string.Create(CultureInfo.InvariantCulture, $$"""
            body { margin: 0; padding: 24px; background: {{s.Page}}; font-family: {{theme.FontStack}}; color: {{s.Text}}; }
            .chart { display: inline-block; margin: 0; background: {{s.Card}}; {{s.CardCss}} }
            h1 { margin: 0 0 12px; max-width: {{svgWidth}}px; font-size: {{theme.TitleSize}}px; font-weight: 700; text-align: {{theme.TitleAlign}}; }
            .legend { display: flex; flex-wrap: wrap; justify-content: center; gap: 6px 18px; max-width: {{svgWidth}}px; margin: 6px 0; padding: 0; list-style: none; font-size: {{size}}px; }
            .legend li { display: flex; align-items: center; gap: 6px; }
            .swatch { display: inline-block; width: 12px; height: 12px; border-radius: 2px; }
            svg { display: block; overflow: visible; font-family: {{theme.FontStack}}; }
            svg text { font-size: {{size}}px; fill: {{s.Muted}}; }
            svg text.category, svg text.slice-label { fill: {{s.Text}}; }
            svg text.value { font-size: {{size - 1}}px; fill: {{s.Text}}; paint-order: stroke; stroke: {{s.Card}}; stroke-width: 3px; stroke-linejoin: round; }
            svg text.inside { font-weight: 600; }
            svg text.inside { stroke: none; }
            svg text.on-dark { fill: #FFFFFF; }
            svg text.on-light { fill: #111111; }
            svg text.total { font-weight: 700; fill: {{s.Text}}; }
            svg text.axis-title { font-size: {{size}}px; font-weight: 600; fill: {{s.Text}}; }
            .grid { stroke: {{s.Grid}}; stroke-width: 1; }
            .axis-line { stroke: {{s.Muted}}; stroke-width: 1.2; }

            """);
    }
}
