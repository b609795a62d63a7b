using System.Security.Cryptography;

namespace Cosyn.Personas;

/// <summary>
/// A persona source without the personas of other runs (a benchmark disjoint from the training data): the source's
/// personas in order, those whose text is excluded left out. Finding them reads the source once; lookups stay O(log n).
/// </summary>
public sealed class ExcludingPersonaSource : IPersonaSource
{
    private readonly IPersonaSource _source;
    private readonly long[] _excluded;

    public ExcludingPersonaSource(IPersonaSource source, IReadOnlyCollection<string> excludedTexts)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(excludedTexts);
        _source = source;
        var texts = excludedTexts.ToHashSet(StringComparer.Ordinal);
        var excluded = new List<long>();
        for (long i = 0; i < source.Count && texts.Count > 0; i++)
        {
            if (texts.Contains(source.Get(i).Text))
            {
                excluded.Add(i);
            }
        }

        _excluded = [.. excluded];
        Count = source.Count - _excluded.Length;
        if (Count <= 0)
        {
            throw new PersonaFileException("every persona of the source is excluded; nothing is left to draw from");
        }

        var digest = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', texts.Order(StringComparer.Ordinal))));
        Fingerprint = $"{source.Fingerprint}:excluding-{texts.Count}-{Convert.ToHexStringLower(digest)[..16]}";
    }

    /// <summary>Personas of the source that were excluded.</summary>
    public int ExcludedCount => _excluded.Length;

    public long Count { get; }

    public string Fingerprint { get; }

    public Persona Get(long index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);

        // The index-th kept persona: step past every excluded index at or below the candidate.
        var candidate = index;
        var skipped = 0;
        while (true)
        {
            var below = UpperBound(candidate);
            if (below == skipped)
            {
                return _source.Get(candidate);
            }

            candidate = index + below;
            skipped = below;
        }
    }

    // Excluded indices <= value.
    private int UpperBound(long value)
    {
        var at = Array.BinarySearch(_excluded, value);
        return at >= 0 ? at + 1 : ~at;
    }
}
