namespace Cosyn.Families.Shared.Code;

/// <summary>Builds inline SVG markup with coordinates rounded to tenths of a pixel, one element per line.</summary>
public sealed class SvgWriter
{
    private readonly StringBuilder _text = new();

    /// <summary>Indentation (spaces) of every element written.</summary>
    public int Indent { get; set; } = 6;

    /// <summary>A coordinate or length as SVG wants it: invariant culture, at most one decimal.</summary>
    public static string Num(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>Appends one raw line of markup.</summary>
    public SvgWriter Line(string markup)
    {
        _text.Append(' ', Indent).Append(markup).Append('\n');
        return this;
    }

    /// <summary>A text element; <paramref name="attributes"/> is extra raw markup such as <c>class="value"</c>.</summary>
    public SvgWriter Text(double x, double y, string content, string attributes = "") =>
        Line($"<text x=\"{Num(x)}\" y=\"{Num(y)}\"{Space(attributes)}>{HtmlText.Escape(content)}</text>");

    /// <summary>A rectangle.</summary>
    public SvgWriter Rect(double x, double y, double width, double height, string attributes = "") =>
        Line($"<rect x=\"{Num(x)}\" y=\"{Num(y)}\" width=\"{Num(width)}\" height=\"{Num(height)}\"{Space(attributes)}/>");

    /// <summary>A straight line.</summary>
    public SvgWriter Segment(double x1, double y1, double x2, double y2, string attributes = "") =>
        Line($"<line x1=\"{Num(x1)}\" y1=\"{Num(y1)}\" x2=\"{Num(x2)}\" y2=\"{Num(y2)}\"{Space(attributes)}/>");

    public override string ToString() => _text.ToString();

    private static string Space(string attributes) => attributes.Length == 0 ? string.Empty : " " + attributes;
}
