using Cosyn.Families.Shared.Code;

namespace Cosyn.Families.Charts.Writers.Html;

/// <summary>
/// The geometry of one axis chart, computed in C# so the SVG is exact: plot rectangle, category bands and the value
/// scale with its nice ticks. Vertical charts put categories along x; horizontal bars put them along y.
/// </summary>
internal sealed class HtmlChartContext
{
    public HtmlChartContext(ChartSpec spec, HtmlChartTheme theme)
    {
        Spec = spec;
        Theme = theme;
        Horizontal = spec.FigureType == ChartFigureTypes.HorizontalBar;
        var (low, high) = ValueRange(spec);
        // Room past the largest mark for its value label.
        var pad = (high - low) * 0.1;
        Ticks = ChartTicks.Nice(low < 0 ? low - pad : low, high > 0 ? high + pad : high);
        var tickWidth = Ticks.Values.Max(v => TextWidth(TickLabel(v), theme.FontSize));
        var categoryWidth = spec.Categories.Max(c => TextWidth(c, theme.FontSize));
        if (Horizontal)
        {
            (Left, Top, Right, Bottom) = (categoryWidth + 44, 16, theme.Width - 24 - (tickWidth / 2), theme.Height - 52);
        }
        else
        {
            RotateCategories = spec.Categories.Count * (categoryWidth + 10) > theme.Width - tickWidth - 80;
            var below = RotateCategories ? (categoryWidth * 0.6) + 18 : theme.FontSize + 12;
            (Left, Top, Right, Bottom) = (tickWidth + 44, 16, theme.Width - 20, theme.Height - below - 30);
        }
    }

    public ChartSpec Spec { get; }

    public HtmlChartTheme Theme { get; }

    public SvgWriter Svg { get; } = new();

    public bool Horizontal { get; }

    public bool RotateCategories { get; }

    public ChartTicks Ticks { get; }

    public double Left { get; }

    public double Top { get; }

    public double Right { get; }

    public double Bottom { get; }

    /// <summary>Width of one category's band along the category axis.</summary>
    public double Band => (Horizontal ? Bottom - Top : Right - Left) / Spec.Categories.Count;

    /// <summary>Centre of category <paramref name="i"/>'s band along the category axis.</summary>
    public double Center(int i) => (Horizontal ? Top : Left) + (Band * (i + 0.5));

    /// <summary>Position of <paramref name="value"/> along the value axis (y grows downwards; x rightwards).</summary>
    public double Scale(double value)
    {
        var t = (value - Ticks.Min) / (Ticks.Max - Ticks.Min);
        return Horizontal ? Left + (t * (Right - Left)) : Bottom - (t * (Bottom - Top));
    }

    /// <summary>Where bars start: zero when the axis spans it, else the axis end nearest zero.</summary>
    public double Baseline => Scale(Math.Clamp(0, Ticks.Min, Ticks.Max));

    public string Color(int index) => Theme.Palette[index % Theme.Palette.Count];

    /// <summary>A value exactly as the CSV and the QA print it.</summary>
    public string Value(double value) => Spec.Measure.Format(value);

    public string TickLabel(double value) => value.ToString("F" + Ticks.Decimals.ToString(System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Approximate rendered width of <paramref name="text"/> (0.58 em per character suits the font stacks used).</summary>
    public static double TextWidth(string text, double size) => text.Length * size * 0.58;

    private static (double Low, double High) ValueRange(ChartSpec spec)
    {
        var values = spec.FigureType == ChartFigureTypes.StackedBar
            ? Enumerable.Range(0, spec.Categories.Count).Select(i => spec.Series.Sum(s => s.Values[i] ?? 0)).ToList()
            : spec.Series.SelectMany(s => s.Values).OfType<double>().ToList();
        var (low, high) = (values.Min(), values.Max());
        var fromZero = spec.FigureType is not (ChartFigureTypes.Line or ChartFigureTypes.MultiLine) || low <= 0;
        if (fromZero)
        {
            return (Math.Min(0, low), Math.Max(0, high));
        }

        // Lines need not start at zero, but get room below the lowest point for its label.
        return (low - ((high - low) * 0.1), high);
    }
}
