namespace Cosyn.Personas;

/// <summary>Picks a derived interest that does not echo the phrase it is joined to ("runs X and runs Y").</summary>
internal static class InterestPicker
{
    private const int MaxAttempts = 8;
    private const int SignificantWordLength = 5;

    /// <summary>The first interest from <paramref name="pool"/>, walking from <paramref name="start"/>, that does not clash with <paramref name="other"/>.</summary>
    public static string Pick(IReadOnlyList<string> pool, ulong start, string other)
    {
        var otherWords = Words(other);
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var candidate = pool[(int)((start + (ulong)attempt) % (ulong)pool.Count)];
            if (!Clashes(Words(candidate), otherWords))
            {
                return candidate;
            }
        }

        return pool[(int)(start % (ulong)pool.Count)];
    }

    // Same leading verb, or a shared longer word (stems compared by a crude five-letter prefix).
    private static bool Clashes(string[] a, string[] b) =>
        a[0] == b[0] || a.Where(w => w.Length >= SignificantWordLength).Any(w => b.Any(x => x.Length >= SignificantWordLength && x[..SignificantWordLength] == w[..SignificantWordLength]));

    private static string[] Words(string phrase) =>
        phrase.ToLowerInvariant().Split([' ', '-', ','], StringSplitOptions.RemoveEmptyEntries);
}
