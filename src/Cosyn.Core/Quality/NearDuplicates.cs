namespace Cosyn.Quality;

/// <summary>Counts images that are near-duplicates of an earlier one (perceptual hashes within a distance).</summary>
public static class NearDuplicates
{
    /// <summary>Default distance: at or below it two dHashes are taken as the same picture.</summary>
    public const int DefaultMaxDistance = 4;

    /// <summary>How many hashes lie within <paramref name="maxDistance"/> bits of an earlier hash in the list.</summary>
    public static int Count(IReadOnlyList<ulong> hashes, int maxDistance = DefaultMaxDistance)
    {
        ArgumentNullException.ThrowIfNull(hashes);
        var duplicates = 0;
        for (var i = 1; i < hashes.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (PerceptualHash.Distance(hashes[i], hashes[j]) <= maxDistance)
                {
                    duplicates++;
                    break;
                }
            }
        }

        return duplicates;
    }
}
