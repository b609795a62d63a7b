namespace Cosyn.Families.Diagrams.Builders;

/// <summary>Random subsets that keep the vocabulary's order (steps, milestones and tasks only make sense in sequence).</summary>
internal static class Ordered
{
    public static List<T> Sample<T>(IReadOnlyList<T> items, int count, SeededRandom random)
    {
        var keep = random.Sample([.. Enumerable.Range(0, items.Count)], Math.Min(count, items.Count)).ToHashSet();
        return [.. items.Where((_, i) => keep.Contains(i))];
    }
}
