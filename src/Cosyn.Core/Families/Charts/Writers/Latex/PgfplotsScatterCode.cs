using Cosyn.Families.Shared.Code;

namespace Cosyn.Families.Charts.Writers.Latex;

/// <summary>Scatter plots (<c>only marks</c>) with every point named; each name's side is chosen so neighbours do not collide.</summary>
internal static class PgfplotsScatterCode
{
    public static IEnumerable<string> Options(PgfplotsContext ctx)
    {
        yield return "enlargelimits=0.12";
        foreach (var option in PgfplotsContext.PlainTicks('x'))
        {
            yield return option;
        }
    }

    public static void Write(PgfplotsContext ctx)
    {
        var (spec, theme, tex) = (ctx.Spec, ctx.Theme, ctx.Tex);
        var xs = spec.XValues!;
        var ys = spec.Series[0].Values.Select(v => v!.Value).ToList();
        var points = xs.Select((x, i) => (spec.XMeasure!.Format(x), ctx.Value(ys[i]), (string?)null));
        var mark = theme.Mark == "o" ? "*" : theme.Mark;
        tex.Line($"\\addplot[only marks, mark={mark}, mark size=2.5pt, color={PgfplotsContext.ColorName(0)}] {PgfplotsContext.Coordinates(points)};");
        tex.Line("% point names, each on the side of its mark where it overlaps the fewest other names and marks");
        var sides = ScatterLabelSides.Choose(xs, ys, spec.Categories, theme.WidthCm, theme.HeightCm);
        for (var i = 0; i < xs.Count; i++)
        {
            tex.Line($"\\node[{sides[i]}, font={theme.LabelFont}] at (axis cs:{spec.XMeasure!.Format(xs[i])},{ctx.Value(ys[i])}) {{{LatexText.Escape(spec.Categories[i])}}};");
        }
    }
}
