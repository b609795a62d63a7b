using Cosyn.Catalog;

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

    /// <summary>Whether an implemented catalog pipeline draws this target.</summary>
    public bool IsRoutable(Func<string, bool> implemented)
    {
        ArgumentNullException.ThrowIfNull(implemented);
        return implemented(Pipeline)
            && PipelineCatalog.Find(Pipeline) is { } pipeline
            && (FigureType is null || pipeline.FigureTypes.Contains(FigureType));
    }

    public override string ToString() => FigureType is null ? Pipeline : $"{Pipeline}/{FigureType}";
}
