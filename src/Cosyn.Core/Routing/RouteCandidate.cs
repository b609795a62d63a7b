namespace Cosyn.Routing;

/// <summary>A description as close as the query came to it, with the bonus an exact vocabulary phrase gave it.</summary>
internal sealed record RouteCandidate(RouteDescription Description, double Similarity, bool Phrase, IReadOnlyList<RouteTarget> Targets, double Bonus)
{
    public double Score => Math.Round(Similarity + (Phrase ? Bonus : 0), RouteIndex.Decimals);
}
