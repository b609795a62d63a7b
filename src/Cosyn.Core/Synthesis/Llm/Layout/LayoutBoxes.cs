using System.Text.RegularExpressions;
using Cosyn.Rendering.Layout;

namespace Cosyn.Synthesis.Llm.Layout;

/// <summary>Where the texts a finding quotes sit, so the code model knows which label to move and by how much.</summary>
internal static partial class LayoutBoxes
{
    private const int MaxBoxes = 4;

    /// <summary>" (boxes: 'Rated Capa' at x 812-870, y 140-152; ...) in a 1200x800 image", or empty when the reason quotes no measured text.</summary>
    public static string Describe(LayoutFacts layout, string reason)
    {
        ArgumentNullException.ThrowIfNull(layout);
        var quoted = Quoted().Matches(reason).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal).ToList();
        var boxes = quoted
            .Select(q => layout.Texts.FirstOrDefault(t => t.Text.Trim().StartsWith(q.TrimEnd('.', '…'), StringComparison.Ordinal)))
            .OfType<TextBox>()
            .Take(MaxBoxes)
            .Select(Box)
            .ToList();
        return boxes.Count == 0 ? string.Empty : $" (boxes: {string.Join("; ", boxes)}; in a {layout.ImageWidth}x{layout.ImageHeight} px image)";
    }

    private static string Box(TextBox t) => string.Create(
        CultureInfo.InvariantCulture,
        $"'{t.Text.Trim()}' at x {t.X:0}-{t.Right:0}, y {t.Y:0}-{t.Bottom:0}{(t.Clipped == true ? ", clipped by its container" : "")}");

    [GeneratedRegex("'([^']{1,80})'")]
    private static partial Regex Quoted();
}
