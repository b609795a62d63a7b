namespace Cosyn.Synthesis.Llm.Prompting;

/// <summary>Styling directions (<c>styles.json</c>); one of each, drawn by seed, gives the code stage real variety across samples.</summary>
public sealed record StyleLexicon(IReadOnlyList<string> Palettes, IReadOnlyList<string> Typography, IReadOnlyList<string> Layouts, IReadOnlyList<string> Moods)
{
    /// <summary>One styling direction, e.g. "muted earth tones; a classic serif ...; a wide landscape format; in the spirit of a formal report".</summary>
    public string Pick(Randomness.SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(random);
        return $"{random.Pick(Palettes)}; {random.Pick(Typography)}; {random.Pick(Layouts)}; in the spirit of {random.Pick(Moods)}";
    }
}
