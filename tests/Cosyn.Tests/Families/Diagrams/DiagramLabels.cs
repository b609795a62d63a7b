using System.Net;
using Cosyn.Tests.Families.Diagrams.Checking;

namespace Cosyn.Tests.Families.Diagrams;

/// <summary>The strings a diagram's image must show (read from <c>data</c> by the checker's parser), and text normalisation for comparing them.</summary>
internal static partial class DiagramLabels
{
    public static List<string> Expected(string json)
    {
        var d = new CheckerDiagram(json);
        var labels = new List<string>();
        labels.AddRange(d.Labels.Values);
        labels.AddRange(d.Names.Values);
        labels.AddRange(d.Participants);
        labels.AddRange(d.Messages.Select(m => m.Text));
        labels.AddRange(d.Tasks.Select(t => t.Name));
        labels.AddRange(d.Entities.Select(e => e.Name));
        labels.AddRange(d.Entities.SelectMany(e => e.Attributes.Select(a => a.Name)));
        labels.AddRange(d.Relations.Select(r => r.Label));
        labels.AddRange(d.Events.Select(e => e.Label));
        labels.AddRange(d.Events.Select(e => e.Year.ToString(CultureInfo.InvariantCulture)));
        if (d.Kind != "mindmap")
        {
            labels.Add(d.Title);
        }

        return [.. labels.Distinct()];
    }

    /// <summary>Lower case, typographic dashes and quotes folded, whitespace collapsed.</summary>
    public static string Normalize(string text) =>
        Spaces().Replace(text.Replace('\u2013', '-').Replace('\u2019', '\'').Replace('\u2212', '-'), " ").Trim().ToLowerInvariant();

    /// <summary>Visible text of SVG or HTML markup: tags become spaces, entities are decoded.</summary>
    public static string FromMarkup(string markup) => Normalize(WebUtility.HtmlDecode(Tags().Replace(markup, " ")));

    /// <summary>Labels that do not occur in <paramref name="visible"/> (already normalised).</summary>
    public static List<string> Missing(string json, string visible) =>
        [.. Expected(json).Where(l => !visible.Contains(Normalize(l), StringComparison.Ordinal))];

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}
