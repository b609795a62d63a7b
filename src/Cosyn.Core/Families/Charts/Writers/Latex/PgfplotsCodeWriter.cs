using Cosyn.Families.Shared.Code;

namespace Cosyn.Families.Charts.Writers.Latex;

/// <summary>
/// Writes a standalone pgfplots (or pgf-pie) document for a <see cref="ChartSpec"/>: data hard-coded as coordinates,
/// styling drawn from a random theme, and every value a question may ask about printed beside its mark.
/// </summary>
public sealed class PgfplotsCodeWriter : ThemedCodeWriter<ChartSpec, PgfplotsTheme>
{
    protected override PgfplotsTheme PickTheme(ChartSpec spec, SeededRandom random) => PgfplotsThemes.Pick(random, spec.Categories.Count >= 8 || spec.IsMultiSeries);

    protected override string Write(ChartSpec spec, PgfplotsTheme theme, SeededRandom random)
    {
        var ctx = new PgfplotsContext(spec, theme, new LatexSource());
        var tex = ctx.Tex;
        var pie = spec.FigureType == ChartFigureTypes.Pie;
        tex.Line(@"\documentclass[border=10pt]{standalone}");
        tex.Line(@"\usepackage[T1]{fontenc}");
        // Charts never hyphenate a label; the Unicode map keeps dashes and symbols searchable in the PDF.
        tex.Line(@"\usepackage[none]{hyphenat}");
        tex.Line(@"\input{glyphtounicode}");
        tex.Line(@"\pdfgentounicode=1");
        // Latin Modern first: it gives every family the theme's font leaves alone (e.g. sans under Times) a T1 outline font.
        tex.Line(@"\usepackage{lmodern}");
        foreach (var line in theme.FontPackages)
        {
            tex.Line(line);
        }

        tex.Line(pie ? @"\usepackage{pgf-pie}" : @"\usepackage{pgfplots}");
        if (!pie)
        {
            tex.Line(@"\pgfplotsset{compat=1.18}");
        }

        tex.Blank();
        var colors = pie ? spec.Categories.Count : Math.Max(1, spec.Series.Count);
        for (var i = 0; i < colors; i++)
        {
            var hex = theme.Palette[i % theme.Palette.Count];
            tex.Line($@"\definecolor{{{PgfplotsContext.ColorName(i)}}}{{HTML}}{{{hex.TrimStart('#')}}}");
        }

        tex.Blank();
        tex.Line(@"\begin{document}");
        if (pie)
        {
            PgfPieCode.Write(ctx);
        }
        else
        {
            tex.Environment("tikzpicture", [], _ =>
            {
                tex.Environment("axis", [.. AxisOptions(ctx), .. FigureOptions(ctx)], _ => FigureBody(ctx));
                PgfplotsSeriesBarCode.WriteAfterAxis(ctx);
            });
        }

        tex.Line(@"\end{document}");
        return tex.ToString();
    }

    private static IEnumerable<string> FigureOptions(PgfplotsContext ctx) => ctx.Spec.FigureType switch
    {
        ChartFigureTypes.Bar or ChartFigureTypes.HorizontalBar => PgfplotsBarCode.Options(ctx),
        ChartFigureTypes.GroupedBar or ChartFigureTypes.StackedBar => PgfplotsSeriesBarCode.Options(ctx),
        ChartFigureTypes.Line or ChartFigureTypes.MultiLine or ChartFigureTypes.Area => PgfplotsLineCode.Options(ctx),
        ChartFigureTypes.Scatter => PgfplotsScatterCode.Options(ctx),
        _ => throw new ArgumentException($"chart-latex cannot draw figure type '{ctx.Spec.FigureType}'.", nameof(ctx)),
    };

    private static void FigureBody(PgfplotsContext ctx)
    {
        switch (ctx.Spec.FigureType)
        {
            case ChartFigureTypes.Bar or ChartFigureTypes.HorizontalBar:
                PgfplotsBarCode.Write(ctx);
                break;
            case ChartFigureTypes.GroupedBar or ChartFigureTypes.StackedBar:
                PgfplotsSeriesBarCode.Write(ctx);
                break;
            case ChartFigureTypes.Scatter:
                PgfplotsScatterCode.Write(ctx);
                break;
            default:
                PgfplotsLineCode.Write(ctx);
                break;
        }
    }

    // Size, title, axis labels, frame, grid and legend: what every axis-based figure type shares.
    private static IEnumerable<string> AxisOptions(PgfplotsContext ctx)
    {
        var (spec, theme) = (ctx.Spec, ctx.Theme);
        var horizontal = spec.FigureType == ChartFigureTypes.HorizontalBar;
        var legendAbove = spec.IsMultiSeries && theme.LegendAbove;
        yield return Invariant($"width={theme.WidthCm}cm, height={theme.HeightCm}cm");
        yield return $"title={LatexText.Group(spec.Title)}";
        var shift = legendAbove ? ", yshift=1.8em" : string.Empty;
        yield return Invariant($"title style={{font={theme.TitleFont}, align=center, text width={theme.WidthCm - 1}cm{shift}}}");
        var (xLabel, yLabel) = spec.FigureType switch
        {
            ChartFigureTypes.HorizontalBar => (spec.Measure.Label, spec.CategoryLabel),
            ChartFigureTypes.Scatter => (spec.XMeasure!.Label, spec.Measure.Label),
            _ => (spec.CategoryLabel, spec.Measure.Label),
        };
        yield return $"xlabel={LatexText.Group(xLabel)}, ylabel={LatexText.Group(yLabel)}";
        yield return theme.BoxAxes ? "axis lines=box" : "axis lines*=left";
        yield return "tick align=outside, tick pos=left";
        if (theme.Grid)
        {
            var grids = spec.FigureType switch
            {
                ChartFigureTypes.HorizontalBar => "xmajorgrids",
                ChartFigureTypes.Scatter or ChartFigureTypes.Line or ChartFigureTypes.MultiLine => "xmajorgrids, ymajorgrids",
                _ => "ymajorgrids",
            };
            yield return $"{grids}, grid style={{{theme.GridStyle}}}";
        }

        // Labels near the frame may reach past it; nothing else is drawn outside the limits.
        yield return "clip=false";
        if (spec.IsMultiSeries)
        {
            yield return legendAbove
                ? "legend style={at={(0.5,1.02)}, anchor=south, legend columns=-1, draw=none, fill=none, /tikz/every even column/.append style={column sep=8pt}}"
                : "legend style={at={(1.03,1)}, anchor=north west, draw=none, fill=none}";
            yield return "legend cell align=left";
        }

        foreach (var option in PgfplotsContext.PlainTicks(horizontal ? 'x' : 'y'))
        {
            yield return option;
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
