namespace Cosyn.Rendering;

/// <summary>Bounds log excerpts put on failures (they are fed back to a model and stored per sample).</summary>
internal static class LogExcerpt
{
    /// <summary>Default bound: about 2 KB.</summary>
    public const int MaxChars = 2000;

    /// <summary>The last <paramref name="max"/> characters, trimmed.</summary>
    public static string Tail(string? text, int max = MaxChars)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var trimmed = text.Trim();
        return trimmed.Length <= max ? trimmed : trimmed[^max..];
    }
}
