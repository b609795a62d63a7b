namespace Cosyn.Engine;

/// <summary>What one emitter step decided: lines to append now, and finished samples dropped as near-duplicates.</summary>
internal sealed record Emission(IReadOnlyList<(long Index, string Line)> Ready, IReadOnlyList<DroppedSample> Dropped)
{
    public static Emission None { get; } = new([], []);
}
