using Cosyn.Families.Charts.Styling;

namespace Cosyn.Families.Diagrams.Writers.Graphviz;

/// <summary>Text as a DOT quoted string, optionally wrapped onto centred lines so nodes stay narrow.</summary>
public static class DotText
{
    public static string Quote(string text, int wrap = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = ChartTitleWrap.Lines(text, wrap).Select(l => l.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal));
        return "\"" + string.Join("\\n", lines) + "\"";
    }
}
