namespace Cosyn.Routing;

/// <summary>A vocabulary phrase found in the query: which concept, where (in words), and whether it is only a hint.</summary>
internal sealed record PhraseMatch(int Concept, int Start, int Length, bool Hint, string Text)
{
    public int End => Start + Length;

    public bool Covers(PhraseMatch other) => Start <= other.Start && other.End <= End && Length > other.Length;

    public bool Overlaps(PhraseMatch other) => Start < other.End && other.Start < End;

    /// <summary>Longer phrases are stronger evidence; a hint is worth less than a phrase of the same length.</summary>
    public double Score => Hint ? Length : 2 + (Length - 1);
}
