using Cosyn.Families.Shared.Code;
using Cosyn.Families.Shared.Qa;

namespace Cosyn.Families.Graphics.Writers.Svg;

/// <summary>Writes infographics (stat cards), icon panels (pictogram, value, label) and simple maps (places, roads with lengths, scale bar) as SVG.</summary>
public static class SvgGraphicWriter
{
    private static readonly (string Font, string Ink, string Paper, string[] Accents)[] Themes =
    [
        ("Helvetica, Arial, sans-serif", "#1d2939", "#ffffff", ["#2f6fed", "#12a594", "#f59f00", "#e8590c", "#7048e8", "#d6336c"]),
        ("Georgia, 'DejaVu Serif', serif", "#2b2b2b", "#fbf7ef", ["#8c2f39", "#3d5a80", "#588157", "#bc6c25", "#6d597a", "#386641"]),
        ("'DejaVu Sans', Verdana, sans-serif", "#0b3954", "#f4f9fc", ["#087e8b", "#ff5a5f", "#c81d25", "#3c91e6", "#9bc53d", "#fa7921"]),
        ("'Liberation Sans', Arial, sans-serif", "#222222", "#fffdf5", ["#264653", "#2a9d8f", "#e9c46a", "#f4a261", "#e76f51", "#6a4c93"]),
    ];

    public static string Write(GraphicSpec spec, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(random);
        var theme = random.Pick(Themes);
        var svg = new SvgWriter { Indent = 2 };
        var (width, height) = spec.Kind switch
        {
            GraphicKinds.Map => (760.0, 600.0),
            GraphicKinds.Icons => (Math.Max(640.0, (spec.Stats.Count * 150.0) + 40), 330.0),
            _ => (720.0, 470.0),
        };
        svg.Rect(0, 0, width, height, $"fill=\"{theme.Paper}\"");
        // Long titles shrink to fit the width rather than run off the edge (about 0.56 em per character).
        var titleSize = Math.Min(24, (width - 60) / (0.56 * spec.Title.Length));
        svg.Text(30, 48, spec.Title, $"font-size=\"{SvgWriter.Num(titleSize)}\" font-weight=\"bold\" fill=\"{theme.Ink}\"");
        switch (spec.Kind)
        {
            case GraphicKinds.Map:
                Map(svg, spec, theme.Ink, theme.Accents, width, height);
                break;
            case GraphicKinds.Icons:
                Icons(svg, spec, theme.Ink, theme.Accents);
                break;
            default:
                Cards(svg, spec, theme.Ink, theme.Accents, random.Chance(0.5));
                break;
        }

        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{SvgWriter.Num(width)}\" height=\"{SvgWriter.Num(height)}\" viewBox=\"0 0 {SvgWriter.Num(width)} {SvgWriter.Num(height)}\" font-family=\"{theme.Font}\">\n");
        text.Append("  <title>").Append(HtmlText.Escape(spec.Title)).Append("</title>\n").Append(svg).Append("</svg>\n");
        return text.ToString();
    }

    private static void Cards(SvgWriter svg, GraphicSpec spec, string ink, string[] accents, bool row)
    {
        var unit = spec.Unit.Length > 0 ? $" ({spec.Unit})" : string.Empty;
        svg.Text(30, 76, spec.Measure + unit, $"font-size=\"16\" fill=\"{ink}\" opacity=\"0.75\"");
        for (var i = 0; i < spec.Stats.Count; i++)
        {
            var stat = spec.Stats[i];
            var (x, y, w, h) = row ? (30 + (i * 168.0), 110.0, 152.0, 320.0) : (30 + (i % 2 * 335.0), 105 + (i / 2 * 175.0), 320.0, 160.0);
            svg.Rect(x, y, w, h, $"rx=\"14\" fill=\"{accents[i]}\" fill-opacity=\"0.12\" stroke=\"{accents[i]}\" stroke-width=\"2\"");
            svg.Line(SvgIcons.Path(stat.Icon, x + 18, y + 18, 40, accents[i]));
            svg.Text(x + 18, y + (row ? 130 : 105), QaNumber.Value(stat.Value), $"font-size=\"36\" font-weight=\"bold\" fill=\"{accents[i]}\"");
            svg.Text(x + 18, y + (row ? 165 : 138), stat.Label, $"font-size=\"{(row && stat.Label.Length > 14 ? 13 : 17)}\" fill=\"{ink}\"");
        }
    }

    private static void Icons(SvgWriter svg, GraphicSpec spec, string ink, string[] accents)
    {
        var unit = spec.Unit.Length > 0 ? $" ({spec.Unit})" : string.Empty;
        svg.Text(30, 76, spec.Measure + unit, $"font-size=\"16\" fill=\"{ink}\" opacity=\"0.75\"");
        for (var i = 0; i < spec.Stats.Count; i++)
        {
            var stat = spec.Stats[i];
            var cx = 95 + (i * 150.0);
            svg.Line($"<circle cx=\"{SvgWriter.Num(cx)}\" cy=\"150\" r=\"48\" fill=\"{accents[i % accents.Length]}\"/>");
            svg.Line(SvgIcons.Path(stat.Icon, cx - 24, 126, 48, "#ffffff"));
            svg.Text(cx, 235, QaNumber.Value(stat.Value), $"font-size=\"26\" font-weight=\"bold\" text-anchor=\"middle\" fill=\"{ink}\"");
            svg.Text(cx, 265, stat.Label, $"font-size=\"{(stat.Label.Length > 16 ? 12 : 15)}\" text-anchor=\"middle\" fill=\"{ink}\"");
        }
    }

    private static void Map(SvgWriter svg, GraphicSpec spec, string ink, string[] accents, double width, double height)
    {
        // 12 km × 8 km drawn at 50 px per km below the title.
        const double PerKm = 50;
        const double Left = 80;
        const double Top = 110;
        double Px(double x) => Left + (x * PerKm);
        double Py(double y) => Top + ((8 - y) * PerKm);
        svg.Rect(Left - 20, Top - 20, (12 * PerKm) + 40, (8 * PerKm) + 40, "rx=\"8\" fill=\"#eef5e9\" stroke=\"#b7c9a8\"");
        var place = spec.Places.ToDictionary(p => p.Name, StringComparer.Ordinal);
        foreach (var road in spec.Roads)
        {
            var (a, b) = (place[road.From], place[road.To]);
            svg.Segment(Px(a.X), Py(a.Y), Px(b.X), Py(b.Y), "stroke=\"#8a8a8a\" stroke-width=\"5\" stroke-linecap=\"round\"");
        }

        foreach (var road in spec.Roads)
        {
            var (a, b) = (place[road.From], place[road.To]);
            svg.Text((Px(a.X) + Px(b.X)) / 2, ((Py(a.Y) + Py(b.Y)) / 2) + 5, $"{QaNumber.Value(road.Km)} km", $"font-size=\"14\" font-weight=\"bold\" text-anchor=\"middle\" fill=\"{ink}\" stroke=\"#ffffff\" stroke-width=\"4\" paint-order=\"stroke\"");
        }

        for (var i = 0; i < spec.Places.Count; i++)
        {
            var p = spec.Places[i];
            svg.Line($"<circle cx=\"{SvgWriter.Num(Px(p.X))}\" cy=\"{SvgWriter.Num(Py(p.Y))}\" r=\"8\" fill=\"{accents[i % accents.Length]}\" stroke=\"#ffffff\" stroke-width=\"2\"/>");
            var above = p.Y < 7.2;
            svg.Text(Px(p.X), Py(p.Y) + (above ? -14 : 26), p.Name, $"font-size=\"15\" text-anchor=\"middle\" fill=\"{ink}\" stroke=\"#ffffff\" stroke-width=\"4\" paint-order=\"stroke\"");
        }

        // Scale bar and north arrow in the free band under the map.
        var barY = height - 40;
        svg.Segment(Left, barY, Left + (spec.ScaleKm * PerKm), barY, $"stroke=\"{ink}\" stroke-width=\"3\"");
        svg.Segment(Left, barY - 6, Left, barY + 6, $"stroke=\"{ink}\" stroke-width=\"2\"");
        svg.Segment(Left + (spec.ScaleKm * PerKm), barY - 6, Left + (spec.ScaleKm * PerKm), barY + 6, $"stroke=\"{ink}\" stroke-width=\"2\"");
        svg.Text(Left + (spec.ScaleKm * PerKm) + 12, barY + 5, $"{spec.ScaleKm} km", $"font-size=\"14\" fill=\"{ink}\"");
        svg.Line($"<path d=\"M {SvgWriter.Num(width - 60)} {SvgWriter.Num(barY + 10)} l 10 -30 l 10 30 l -10 -8 Z\" fill=\"{ink}\"/>");
        svg.Text(width - 50, barY + 26, "N", $"font-size=\"13\" text-anchor=\"middle\" fill=\"{ink}\"");
    }
}
