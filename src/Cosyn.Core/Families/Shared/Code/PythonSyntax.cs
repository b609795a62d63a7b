namespace Cosyn.Families.Shared.Code;

/// <summary>Python literals and identifiers for generated scripts (matplotlib, plotly, rdkit).</summary>
public static class PythonSyntax
{
    /// <summary>A string literal: single quotes unless the text holds one, escapes as Python needs.</summary>
    public static string Str(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var quote = text.Contains('\'', StringComparison.Ordinal) && !text.Contains('"', StringComparison.Ordinal) ? '"' : '\'';
        var body = text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
        if (quote == '\'')
        {
            body = body.Replace("'", "\\'", StringComparison.Ordinal);
        }

        return quote + body + quote;
    }

    /// <summary>A list of string literals.</summary>
    public static string StrList(IEnumerable<string> items) => "[" + string.Join(", ", items.Select(Str)) + "]";

    /// <summary>A list of numbers with fixed decimals; null becomes <paramref name="missing"/> (<c>np.nan</c> unless told).</summary>
    public static string NumberList(IEnumerable<double?> values, int decimals, string missing = "np.nan") =>
        "[" + string.Join(", ", values.Select(v => v is { } x ? Number(x, decimals) : missing)) + "]";

    /// <summary>A number with fixed decimals, invariant culture.</summary>
    public static string Number(double value, int decimals) =>
        value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>A snake_case identifier from free text ("Sea-surface temperature" -> sea_surface_temperature).</summary>
    public static string Identifier(string text, string fallback)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder();
        foreach (var ch in text.Normalize(NormalizationForm.FormKD))
        {
            if (char.IsAsciiLetterOrDigit(ch))
            {
                builder.Append(char.ToLowerInvariant(ch));
            }
            else if (builder.Length > 0 && builder[^1] != '_' && (char.IsWhiteSpace(ch) || ch is '-' or '/' or '_' or '&'))
            {
                builder.Append('_');
            }
        }

        var name = builder.ToString().Trim('_');
        return name.Length == 0 || char.IsAsciiDigit(name[0]) || Keywords.Contains(name) ? fallback : name;
    }

    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "and", "as", "class", "def", "del", "for", "from", "global", "if", "import", "in", "is", "lambda", "not", "or",
        "pass", "return", "try", "while", "with", "yield", "np", "plt", "ax", "fig", "data", "colors", "bars", "x",
    };
}
