using Cosyn.Families.Graphics.Geometry;

namespace Cosyn.Families.Graphics.Writers.Asymptote;

/// <summary>
/// Writes a <see cref="GeometryFigure"/> as an Asymptote program: named <c>pair</c>s, filled and drawn paths, arcs and
/// right-angle marks, and labels placed with directions from <see cref="FigureLayout"/> so they sit beside lines, not on them.
/// </summary>
public static class AsymptoteFigureWriter
{
    private static readonly AsymptoteTheme[] Themes =
    [
        new("000000", "DCE9F5", "C0392B", 0.8, 11, "7cm"),
        new("1F3A5F", "FCEBD2", "1F77B4", 1.0, 12, "8cm"),
        new("2E4A2E", "E3F1DF", "B8860B", 0.9, 11, "7.5cm"),
        new("4B2C5E", "EEE3F5", "D35400", 1.1, 12, "8.5cm"),
        new("333333", "F2F2F2", "008080", 0.7, 10, "6.5cm"),
    ];

    public static string Write(GeometryFigure figure, string title, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(figure);
        ArgumentNullException.ThrowIfNull(random);
        var theme = random.Pick(Themes);
        var (minX, minY, maxX, maxY) = figure.Bounds();
        var extent = Math.Max(maxX - minX, maxY - minY);
        var code = new StringBuilder();
        code.Append("// ").Append(title).Append('\n');
        code.Append("size(").Append(theme.Size).Append(");\n");
        code.Append($"defaultpen(fontsize({N(theme.FontSize)}pt) + linewidth({N(theme.LineWidth)}));\n");
        code.Append($"pen edge = rgb(\"{theme.Stroke}\") + linewidth({N(theme.LineWidth)});\n");
        code.Append($"pen shade = rgb(\"{theme.Fill}\");\n");
        code.Append($"pen mark = rgb(\"{theme.Accent}\") + linewidth({N(theme.LineWidth * 0.8)});\n\n");
        if (figure.Axes is { } axes)
        {
            WriteAxes(code, axes);
        }

        foreach (var p in figure.Points)
        {
            code.Append($"pair {p.Name} = ({N(p.X)}, {N(p.Y)});\n");
        }

        code.Append('\n');
        if (figure.Polygon.Count > 0)
        {
            code.Append($"fill({string.Join("--", figure.Polygon)}--cycle, shade);\n");
        }

        foreach (var arc in figure.Arcs)
        {
            code.Append(arc.Filled
                ? $"fill({arc.Center}--arc({arc.Center}, {N(arc.Radius)}, {N(arc.StartDegrees)}, {N(arc.EndDegrees)})--cycle, shade);\ndraw({arc.Center}--arc({arc.Center}, {N(arc.Radius)}, {N(arc.StartDegrees)}, {N(arc.EndDegrees)})--cycle, edge);\n"
                : $"draw(circle({arc.Center}, {N(arc.Radius)}), edge);\n");
        }

        foreach (var e in figure.Ellipses)
        {
            var shape = $"shift({N(e.CenterX)}, {N(e.CenterY)})*xscale({N(e.RadiusX)})*yscale({N(e.RadiusY)})";
            code.Append(e.BackDashed
                ? $"draw({shape}*arc((0, 0), 1, 0, 180), edge + dashed);\ndraw({shape}*arc((0, 0), 1, 180, 360), edge);\n"
                : $"draw({shape}*unitcircle, edge);\n");
        }

        foreach (var s in figure.Segments)
        {
            code.Append($"draw({s.From}--{s.To}, edge{(s.Dashed ? " + dashed" : string.Empty)});\n");
        }

        code.Append('\n');
        foreach (var angle in figure.Angles)
        {
            WriteAngle(code, figure, angle, extent);
        }

        foreach (var s in figure.Segments.Where(s => s.Label is not null))
        {
            var (_, _, nx, ny) = FigureLayout.SegmentLabel(figure, s);
            code.Append($"label(\"{FigureLabelText.ToTex(s.Label!)}\", midpoint({s.From}--{s.To}), ({N(nx)}, {N(ny)}));\n");
        }

        foreach (var p in figure.Points.Where(p => p.ShowName))
        {
            var (dx, dy) = FigureLayout.PointNameDirection(figure, p);
            code.Append($"dot({p.Name}, mark);\n");
            var backing = figure.Axes is null ? string.Empty : ", Fill(white)";
            code.Append($"label(\"{FigureLabelText.ToTex(p.Text)}\", {p.Name}, ({N(dx)}, {N(dy)}){backing});\n");
        }

        return code.ToString();
    }

    private static void WriteAngle(StringBuilder code, GeometryFigure figure, FigureAngle angle, double extent)
    {
        var (start, end, bx, by) = FigureLayout.AngleSpan(figure, angle);
        var v = angle.Vertex;
        if (angle.Right)
        {
            var s = extent * 0.05;
            code.Append($"draw({v} + {N(s)}*dir({N(start)}) -- {v} + {N(s)}*dir({N(start)}) + {N(s)}*dir({N(end)}) -- {v} + {N(s)}*dir({N(end)}), mark);\n");
            return;
        }

        var r = extent * 0.08;
        code.Append($"draw(arc({v}, {N(r)}, {N(start)}, {N(end)}), mark);\n");
        if (angle.Label is { } label)
        {
            // Narrow angles push the label further out so it clears both sides.
            var half = (end - start) / 2 * Math.PI / 180;
            var distance = Math.Min(extent * 0.3, Math.Max(r * 1.9, extent * 0.055 / Math.Max(Math.Sin(half), 0.05)));
            code.Append($"label(\"{FigureLabelText.ToTex(label)}\", {v} + {N(distance)}*({N(bx)}, {N(by)}));\n");
        }
    }

    private static void WriteAxes(StringBuilder code, FigureAxes axes)
    {
        code.Append($"for (int i = {axes.MinX}; i <= {axes.MaxX}; ++i) draw((i, {axes.MinY})--(i, {axes.MaxY}), gray(0.88));\n");
        code.Append($"for (int j = {axes.MinY}; j <= {axes.MaxY}; ++j) draw(({axes.MinX}, j)--({axes.MaxX}, j), gray(0.88));\n");
        code.Append($"draw(({N(axes.MinX - 0.5)}, 0)--({N(axes.MaxX + 0.5)}, 0), black + 0.8, Arrow(6));\n");
        code.Append($"draw((0, {N(axes.MinY - 0.5)})--(0, {N(axes.MaxY + 0.5)}), black + 0.8, Arrow(6));\n");
        code.Append($"label(\"$x$\", ({N(axes.MaxX + 0.5)}, 0), E);\nlabel(\"$y$\", (0, {N(axes.MaxY + 0.5)}), N);\n");
        code.Append($"for (int i = {axes.MinX}; i <= {axes.MaxX}; i += 2) if (i != 0) label(\"$\" + string(i) + \"$\", (i, 0), S, fontsize(7pt));\n");
        code.Append($"for (int j = {axes.MinY}; j <= {axes.MaxY}; j += 2) if (j != 0) label(\"$\" + string(j) + \"$\", (0, j), W, fontsize(7pt));\n\n");
    }

    private static string N(double value) => Math.Round(value, 3).ToString("0.###", CultureInfo.InvariantCulture);
}
