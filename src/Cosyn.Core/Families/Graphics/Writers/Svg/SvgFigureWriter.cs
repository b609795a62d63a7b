using Cosyn.Families.Graphics.Geometry;
using Cosyn.Families.Mathematics;
using Cosyn.Families.Shared.Code;

namespace Cosyn.Families.Graphics.Writers.Svg;

/// <summary>
/// Writes a geometry problem as a standalone SVG card: the statement on top, the labelled figure below, drawn from
/// the same <see cref="GeometryFigure"/> as the Asymptote pipeline with label directions from <see cref="FigureLayout"/>.
/// </summary>
public static class SvgFigureWriter
{
    private const double Width = 640;
    private const double FigureBox = 380;

    private static readonly int[] FontSizes = [15, 16, 17];

    private static readonly SvgFigureTheme[] Themes =
    [
        new("Helvetica, Arial, sans-serif", "#1f3a5f", "#dce9f5", "#c0392b", "#ffffff", 2),
        new("Georgia, 'DejaVu Serif', serif", "#2e4a2e", "#e3f1df", "#b8860b", "#fbfaf5", 2.2),
        new("'DejaVu Sans', Verdana, sans-serif", "#4b2c5e", "#eee3f5", "#d35400", "#ffffff", 1.8),
        new("'Liberation Serif', 'Times New Roman', serif", "#222222", "#f2f2f2", "#008080", "#fffdf7", 1.6),
    ];

    public static string Write(MathProblem problem, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(random);
        var figure = problem.Figure ?? throw new ArgumentException("a figure problem is needed", nameof(problem));
        var theme = random.Pick(Themes);
        var fontSize = random.Pick(FontSizes);
        var statement = PlainMath.Wrap(PlainMath.FromLatex(problem.Statement), 66);
        var top = 70 + (statement.Count * (fontSize + 6));
        var height = top + FigureBox + 60;
        var (minX, minY, maxX, maxY) = figure.Bounds();
        var scale = FigureBox / Math.Max(maxX - minX, maxY - minY);
        var offsetX = ((Width - ((maxX - minX) * scale)) / 2) - (minX * scale);
        double Px(double x) => offsetX + (x * scale);
        double Py(double y) => top + 30 + ((maxY - y) * scale);

        var svg = new SvgWriter { Indent = 2 };
        svg.Line($"<rect x=\"8\" y=\"8\" width=\"{N(Width - 16)}\" height=\"{N(height - 16)}\" rx=\"12\" fill=\"{theme.Card}\" stroke=\"{theme.Stroke}\" stroke-width=\"1.5\"/>");
        svg.Text(32, 44, problem.Title, $"font-size=\"{fontSize + 4}\" font-weight=\"bold\" fill=\"{theme.Stroke}\"");
        for (var i = 0; i < statement.Count; i++)
        {
            svg.Text(32, 76 + (i * (fontSize + 6)), statement[i], $"font-size=\"{fontSize}\"");
        }

        if (figure.Axes is { } axes)
        {
            for (var i = axes.MinX; i <= axes.MaxX; i++)
            {
                svg.Segment(Px(i), Py(axes.MinY), Px(i), Py(axes.MaxY), "stroke=\"#dddddd\"");
            }

            for (var j = axes.MinY; j <= axes.MaxY; j++)
            {
                svg.Segment(Px(axes.MinX), Py(j), Px(axes.MaxX), Py(j), "stroke=\"#dddddd\"");
            }

            svg.Segment(Px(axes.MinX), Py(0), Px(axes.MaxX), Py(0), "stroke=\"#333333\" stroke-width=\"1.5\"");
            svg.Segment(Px(0), Py(axes.MinY), Px(0), Py(axes.MaxY), "stroke=\"#333333\" stroke-width=\"1.5\"");
            for (var i = axes.MinX + 1; i < axes.MaxX; i += 2)
            {
                svg.Text(Px(i), Py(0) + 16, MathFormat.Whole(i), "font-size=\"11\" text-anchor=\"middle\" fill=\"#555555\"");
                svg.Text(Px(0) - 6, Py(i) + 4, MathFormat.Whole(i), "font-size=\"11\" text-anchor=\"end\" fill=\"#555555\"");
            }
        }

        var stroke = $"stroke=\"{theme.Stroke}\" stroke-width=\"{N(theme.StrokeWidth)}\"";
        if (figure.Polygon.Count > 0)
        {
            var points = string.Join(" ", figure.Polygon.Select(figure.Point).Select(p => $"{N(Px(p.X))},{N(Py(p.Y))}"));
            svg.Line($"<polygon points=\"{points}\" fill=\"{theme.Fill}\" stroke=\"none\"/>");
        }

        foreach (var arc in figure.Arcs)
        {
            var c = figure.Point(arc.Center);
            if (!arc.Filled)
            {
                svg.Line($"<circle cx=\"{N(Px(c.X))}\" cy=\"{N(Py(c.Y))}\" r=\"{N(arc.Radius * scale)}\" fill=\"none\" {stroke}/>");
                continue;
            }

            var (sx, sy) = (Px(c.X + (arc.Radius * Cos(arc.StartDegrees))), Py(c.Y + (arc.Radius * Sin(arc.StartDegrees))));
            var (ex, ey) = (Px(c.X + (arc.Radius * Cos(arc.EndDegrees))), Py(c.Y + (arc.Radius * Sin(arc.EndDegrees))));
            var large = arc.EndDegrees - arc.StartDegrees > 180 ? 1 : 0;
            svg.Line($"<path d=\"M {N(Px(c.X))} {N(Py(c.Y))} L {N(sx)} {N(sy)} A {N(arc.Radius * scale)} {N(arc.Radius * scale)} 0 {large} 0 {N(ex)} {N(ey)} Z\" fill=\"{theme.Fill}\" {stroke}/>");
        }

        foreach (var e in figure.Ellipses)
        {
            var (cx, cy, rx, ry) = (Px(e.CenterX), Py(e.CenterY), e.RadiusX * scale, e.RadiusY * scale);
            if (e.BackDashed)
            {
                svg.Line($"<path d=\"M {N(cx - rx)} {N(cy)} A {N(rx)} {N(ry)} 0 0 1 {N(cx + rx)} {N(cy)}\" fill=\"none\" {stroke} stroke-dasharray=\"6 4\"/>");
                svg.Line($"<path d=\"M {N(cx - rx)} {N(cy)} A {N(rx)} {N(ry)} 0 0 0 {N(cx + rx)} {N(cy)}\" fill=\"none\" {stroke}/>");
            }
            else
            {
                svg.Line($"<ellipse cx=\"{N(cx)}\" cy=\"{N(cy)}\" rx=\"{N(rx)}\" ry=\"{N(ry)}\" fill=\"none\" {stroke}/>");
            }
        }

        foreach (var s in figure.Segments)
        {
            var (a, b) = (figure.Point(s.From), figure.Point(s.To));
            svg.Segment(Px(a.X), Py(a.Y), Px(b.X), Py(b.Y), stroke + (s.Dashed ? " stroke-dasharray=\"6 4\"" : string.Empty));
        }

        foreach (var angle in figure.Angles)
        {
            var v = figure.Point(angle.Vertex);
            var (start, end, bx, by) = FigureLayout.AngleSpan(figure, angle);
            if (angle.Right)
            {
                const double s = 14;
                var (ux, uy, wx, wy) = (Cos(start) * s, -Sin(start) * s, Cos(end) * s, -Sin(end) * s);
                var (x0, y0) = (Px(v.X), Py(v.Y));
                svg.Line($"<path d=\"M {N(x0 + ux)} {N(y0 + uy)} L {N(x0 + ux + wx)} {N(y0 + uy + wy)} L {N(x0 + wx)} {N(y0 + wy)}\" fill=\"none\" stroke=\"{theme.Accent}\" stroke-width=\"1.5\"/>");
                continue;
            }

            const double r = 26;
            var (ax, ay) = (Px(v.X) + (Cos(start) * r), Py(v.Y) - (Sin(start) * r));
            var (bx2, by2) = (Px(v.X) + (Cos(end) * r), Py(v.Y) - (Sin(end) * r));
            svg.Line($"<path d=\"M {N(ax)} {N(ay)} A {N(r)} {N(r)} 0 0 0 {N(bx2)} {N(by2)}\" fill=\"none\" stroke=\"{theme.Accent}\" stroke-width=\"1.5\"/>");
            if (angle.Label is { } label)
            {
                var half = (end - start) / 2 * Math.PI / 180;
                var distance = Math.Min(90, Math.Max(46, 20 / Math.Max(Math.Sin(half), 0.05)));
                svg.Text(Px(v.X) + (bx * distance), Py(v.Y) - (by * distance) + 5, label, $"font-size=\"{fontSize}\" text-anchor=\"middle\" fill=\"{theme.Accent}\"");
            }
        }

        foreach (var s in figure.Segments.Where(s => s.Label is not null))
        {
            var (mx, my, nx, ny) = FigureLayout.SegmentLabel(figure, s);
            Label(svg, Px(mx), Py(my), nx, ny, 12, s.Label!, $"font-size=\"{fontSize}\" font-weight=\"bold\" fill=\"{theme.Stroke}\"");
        }

        foreach (var p in figure.Points.Where(p => p.ShowName))
        {
            var (dx, dy) = FigureLayout.PointNameDirection(figure, p);
            svg.Line($"<circle cx=\"{N(Px(p.X))}\" cy=\"{N(Py(p.Y))}\" r=\"3.5\" fill=\"{theme.Accent}\"/>");
            Label(svg, Px(p.X), Py(p.Y), dx, dy, 10, p.Text, $"font-size=\"{fontSize}\" font-style=\"italic\"" + (figure.Axes is null ? string.Empty : " stroke=\"white\" stroke-width=\"4\" paint-order=\"stroke\""));
        }

        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{N(Width)}\" height=\"{N(height)}\" viewBox=\"0 0 {N(Width)} {N(height)}\" font-family=\"{theme.Font}\">\n");
        text.Append("  <title>").Append(HtmlText.Escape(problem.Title)).Append("</title>\n");
        text.Append(svg).Append("</svg>\n");
        return text.ToString();
    }

    // A label beside an anchor in direction (nx, ny) (figure axes, y up): anchored by the side it extends from so it never covers the anchor.
    private static void Label(SvgWriter svg, double x, double y, double nx, double ny, double gap, string text, string attributes)
    {
        var anchor = nx > 0.35 ? "start" : nx < -0.35 ? "end" : "middle";
        var baseline = ny > 0.35 ? 0 : ny < -0.35 ? 12 : 5;
        svg.Text(x + (nx * gap), y - (ny * gap) + baseline, text, $"text-anchor=\"{anchor}\" " + attributes);
    }

    private static double Cos(double degrees) => Math.Cos(degrees * Math.PI / 180);

    private static double Sin(double degrees) => Math.Sin(degrees * Math.PI / 180);

    private static string N(double value) => SvgWriter.Num(value);
}
