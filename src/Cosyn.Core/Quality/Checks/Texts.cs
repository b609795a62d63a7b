namespace Cosyn.Quality.Checks;

/// <summary>Text helpers of the checks: shortening for reasons and the normal form strings are matched in.</summary>
public static class Texts
{
    /// <summary>At most 40 characters, for a reason.</summary>
    public static string Clip(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var one = text.ReplaceLineEndings(" ").Trim();
        return one.Length <= 40 ? one : one[..37] + "...";
    }

    /// <summary>Lower-case letters and digits only: OCR and layout runs differ from the data in spaces, punctuation and case.</summary>
    public static string Normal(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }
}
