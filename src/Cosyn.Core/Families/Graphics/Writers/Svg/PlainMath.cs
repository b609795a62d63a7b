namespace Cosyn.Families.Graphics.Writers.Svg;

/// <summary>A problem statement's inline LaTeX as plain Unicode text for an SVG caption (<c>$\angle A = 40^\circ$</c> → <c>∠A = 40°</c>).</summary>
public static class PlainMath
{
    private static readonly (string From, string To)[] Replacements =
    [
        ("\\angle ", "∠"), ("^\\circ", "°"), ("\\pi", "π"), ("\\%", "%"), ("\\$", "$"), ("^2", "²"), ("$", string.Empty),
    ];

    public static string FromLatex(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var (from, to) in Replacements)
        {
            text = text.Replace(from, to, StringComparison.Ordinal);
        }

        return text;
    }

    /// <summary>Greedy word wrap at <paramref name="width"/> characters.</summary>
    public static List<string> Wrap(string text, int width)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = new List<string>();
        var line = string.Empty;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                lines.Add(line);
                line = word;
            }
            else
            {
                line = line.Length == 0 ? word : line + " " + word;
            }
        }

        if (line.Length > 0)
        {
            lines.Add(line);
        }

        return lines;
    }
}
