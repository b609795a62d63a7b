using Cosyn.Catalog;

namespace Cosyn.Output.Export;

/// <summary>
/// The CoSyn-400K category (Hub config name) of a pipeline: chart, table, document, diagram, circuit, chemical, math,
/// music, graphic, screen or point. The only place the exporters look at the pipeline catalog.
/// </summary>
public static class DatasetCategory
{
    /// <summary>The category of <paramref name="pipeline"/>; a pipeline the catalog does not know falls back to its name's prefix.</summary>
    public static string Of(string pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        if (PipelineCatalog.Find(pipeline) is { } definition)
        {
            return definition.Family.Category;
        }

        var dash = pipeline.IndexOf('-', StringComparison.Ordinal);
        return (dash > 0 ? pipeline[..dash] : pipeline).ToLowerInvariant();
    }

    /// <summary>True for the pointing category, whose rows carry <c>questions</c> and <c>answer_points</c>.</summary>
    public static bool IsPointing(string pipeline) => Of(pipeline) == "point";
}
