namespace Cosyn.Quality;

/// <summary>Counts images that are near-duplicates of an earlier one (perceptual hashes within a distance).</summary>
public static class NearDuplicates
{
    /// <summary>Default distance: at or below 10 of 256 bits (4 %) two hashes are taken as the same picture.</summary>
    public const int DefaultMaxDistance = 10;

    /// <summary>Failure reason (stage <c>verify</c>) of a finished sample dropped because its image nearly repeats a written one.</summary>
    public const string FailureReason = "near-duplicate";

    /// <summary>How many hashes lie within <paramref name="maxDistance"/> bits of an earlier hash in the list.</summary>
    public static int Count(IReadOnlyList<ImageHash> hashes, int maxDistance = DefaultMaxDistance)
    {
        ArgumentNullException.ThrowIfNull(hashes);
        var duplicates = 0;
        for (var i = 1; i < hashes.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (hashes[i].DistanceTo(hashes[j]) <= maxDistance)
                {
                    duplicates++;
                    break;
                }
            }
        }

        return duplicates;
    }
}
