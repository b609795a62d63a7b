namespace Cosyn.Families.Charts.Styling;

/// <summary>Splits a title into lines at word boundaries, for tools that do not wrap titles themselves (Plotly, Vega-Lite).</summary>
public static class ChartTitleWrap
{
    /// <summary>Characters of text that fit in <paramref name="widthPixels"/> at <paramref name="fontPixels"/> (average glyph ~0.6 em, bold wider).</summary>
    public static int CharsThatFit(double widthPixels, double fontPixels, bool bold) =>
        Math.Max(20, (int)(widthPixels * 0.9 / (fontPixels * (bold ? 0.62 : 0.56))));

    /// <summary>The title as lines of at most <paramref name="maxChars"/> characters (a single over-long word keeps its own line).</summary>
    public static IReadOnlyList<string> Lines(string title, int maxChars)
    {
        ArgumentNullException.ThrowIfNull(title);
        var lines = new List<string>();
        var line = string.Empty;
        foreach (var word in title.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > maxChars)
            {
                lines.Add(line);
                line = word;
            }
            else
            {
                line = line.Length == 0 ? word : line + " " + word;
            }
        }

        lines.Add(line);
        return lines;
    }
}
