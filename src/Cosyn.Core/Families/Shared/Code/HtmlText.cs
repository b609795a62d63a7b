namespace Cosyn.Families.Shared.Code;

/// <summary>Plain text to HTML / SVG source: safe in element content and in double-quoted attribute values.</summary>
public static class HtmlText
{
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new StringBuilder(text.Length + 8);
        foreach (var ch in text)
        {
            result.Append(ch switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => ch.ToString(),
            });
        }

        return result.ToString();
    }
}
