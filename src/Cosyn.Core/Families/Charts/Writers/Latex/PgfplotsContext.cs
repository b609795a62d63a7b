using Cosyn.Families.Shared.Code;

namespace Cosyn.Families.Charts.Writers.Latex;

/// <summary>What every figure-type emitter needs: the chart, the theme, the document, and number and colour spelling.</summary>
internal sealed class PgfplotsContext(ChartSpec spec, PgfplotsTheme theme, LatexSource tex)
{
    public ChartSpec Spec { get; } = spec;

    public PgfplotsTheme Theme { get; } = theme;

    public LatexSource Tex { get; } = tex;

    /// <summary>The colour name <c>\definecolor</c> gave palette entry <paramref name="index"/>.</summary>
    public static string ColorName(int index) => "chart" + (char)('A' + index);

    /// <summary>A value exactly as the CSV and the QA print it.</summary>
    public string Value(double value) => Spec.Measure.Format(value);

    /// <summary>A plain number for coordinates (positions, computed label heights).</summary>
    public static string Number(double value) => value.ToString("0.######", CultureInfo.InvariantCulture);

    /// <summary>Whether category tick labels would collide if left horizontal (about 0.19 cm per character at \small).</summary>
    public bool RotateCategoryLabels => Spec.Categories.Count * ((Spec.Categories.Max(c => c.Length) * 0.19) + 0.3) > Theme.WidthCm;

    /// <summary><c>coordinates {...}</c> for (x, y, label) triples; a missing y is <c>nan</c> (a gap under <c>unbounded coords=jump</c>).</summary>
    public static string Coordinates(IEnumerable<(string X, string Y, string? Meta)> points)
    {
        var items = points.Select(p => p.Meta is null ? $"({p.X},{p.Y})" : $"({p.X},{p.Y}) [{p.Meta}]").ToList();
        var oneLine = string.Join(" ", items);
        return oneLine.Length <= 90 ? $"coordinates {{{oneLine}}}" : "coordinates {\n      " + string.Join("\n      ", items) + "\n    }";
    }

    /// <summary>Value-axis options: never scientific notation or thousands separators on tick labels.</summary>
    public static IEnumerable<string> PlainTicks(char axis) =>
    [
        $"scaled {axis} ticks=false",
        $"{axis}ticklabel style={{/pgf/number format/fixed, /pgf/number format/1000 sep={{}}}}",
    ];

    /// <summary>Tick options that put category <c>i</c> at position <c>i</c> on <paramref name="axis"/>.</summary>
    public IEnumerable<string> CategoryTicks(char axis)
    {
        // Categories sit at 0..n-1 with their names as tick labels: symbolic coords would turn every name into a
        // control-sequence name, which breaks on accents and escaped specials.
        yield return $"{axis}tick={{0,...,{Spec.Categories.Count - 1}}}";
        yield return $"{axis}ticklabels={{{string.Join(", ", Spec.Categories.Select(LatexText.Group))}}}";
        if (axis == 'x' && RotateCategoryLabels)
        {
            yield return "x tick label style={rotate=35, anchor=north east, inner sep=1pt}";
        }
    }

    /// <summary>Styles for value labels printed next to marks: the symbolic meta is the exact text to show.</summary>
    public IEnumerable<string> ValueLabels() =>
        ["nodes near coords", "point meta=explicit symbolic", $"every node near coord/.append style={{font={Theme.LabelFont}}}"];
}
