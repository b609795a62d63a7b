using Cosyn.Families.Shared.Code;
using Cosyn.Families.Shared.Qa;

namespace Cosyn.Families.Charts.Writers.Latex;

/// <summary>Pie charts with pgf-pie: each slice shows its percentage inside and its name with the value beside it or in a legend.</summary>
internal static class PgfPieCode
{
    private const double Radius = 3.2;

    public static void Write(PgfplotsContext ctx)
    {
        var (spec, theme, tex) = (ctx.Spec, ctx.Theme, ctx.Tex);
        var values = spec.Series[0].Values.Select(v => v!.Value).ToList();
        var total = values.Sum(QaNumber.Exact);
        var unit = spec.Measure.Unit.Length == 0 ? string.Empty : " " + LatexText.Escape(spec.Measure.Unit);
        var slices = values.Select((v, i) =>
        {
            // pgf-pie prints the number as given, so it gets the share already rounded the way answers round it.
            var share = QaNumber.Round(QaNumber.Exact(v) / total * 100, 1).ToString("0.0", CultureInfo.InvariantCulture);
            return $"{share}/{{{LatexText.Escape(spec.Categories[i])}: {ctx.Value(v)}{unit}}}";
        }).ToList();

        // Tinted fills keep pgf-pie's black percentage labels readable on dark palette colours.
        var colors = string.Join(", ", slices.Select((_, i) => $"{PgfplotsContext.ColorName(i)}!65"));
        var text = theme.PieLegend ? "legend" : "label";
        // pgf-pie hands its style key to \draw as a single key, so the slice outline is a named style.
        tex.Environment("tikzpicture", [$"font={theme.LabelFont}", "slice/.style={draw=white, very thick}"], _ =>
        {
            tex.Line($"\\pie[sum=auto, after number=\\%, radius={PgfplotsContext.Number(Radius)}, rotate=90, text={text},");
            tex.Line($"     style=slice, color={{{colors}}}]{{");
            for (var i = 0; i < slices.Count; i++)
            {
                tex.Line("  " + slices[i] + (i < slices.Count - 1 ? "," : string.Empty));
            }

            tex.Line("}");
            var titleY = PgfplotsContext.Number(Radius + (theme.PieLegend ? 0.9 : 1.6));
            var width = PgfplotsContext.Number(theme.WidthCm - 1);
            tex.Line($"\\node[anchor=south, font={theme.TitleFont}, align=center, text width={width}cm] at (0,{titleY}) {LatexText.Group(spec.Title)};");
        });
    }
}
