namespace Cosyn.Routing;

/// <summary>A pipeline, optionally narrowed to one of its figure types (null: the pipeline chooses).</summary>
public sealed record RouteTarget(string Pipeline, string? FigureType)
{
    /// <summary>Parses <c>pipeline</c> or <c>pipeline/figure type</c>.</summary>
    public static RouteTarget Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? new RouteTarget(text, null) : new RouteTarget(text[..slash], text[(slash + 1)..]);
    }

    public override string ToString() => FigureType is null ? Pipeline : $"{Pipeline}/{FigureType}";
}
