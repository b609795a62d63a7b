using System.Net;

namespace Cosyn.Output.Report;

/// <summary>Escaping for the report: every piece of model- or run-written text passes through here before it reaches the page.</summary>
public static class Html
{
    /// <summary>Text for element content or a quoted attribute: &lt; &gt; &amp; " and ' are encoded, so nothing in it becomes markup.</summary>
    public static string Text(string? value) => WebUtility.HtmlEncode(value ?? "");

    /// <summary>At most <paramref name="max"/> characters, encoded, with a marker when cut.</summary>
    public static string Excerpt(string? value, int max)
    {
        var text = value ?? "";
        return Text(text.Length <= max ? text : text[..max]) + (text.Length > max ? "\n…" : "");
    }

    /// <summary>A relative URL to a file, each segment percent-encoded.</summary>
    public static string RelativeUrl(string fromFolder, string file) =>
        string.Join('/', Path.GetRelativePath(fromFolder, file).Replace('\\', '/').Split('/').Select(s => s == ".." ? s : Uri.EscapeDataString(s)));
}
