using Cosyn.Catalog;

namespace Cosyn.Output.Export;

/// <summary>
/// The CoSyn-400K category (Hub config name) of a pipeline: chart, table, document, diagram, circuit, chemical, math,
/// music, graphic, screen or point. The only place the exporters look at the pipeline catalog.
/// </summary>
public static class DatasetCategory
{
    // The catalog's image kinds, in the released dataset's words where they differ.
    private static readonly Dictionary<string, string> ByImageKind = new(StringComparer.Ordinal)
    {
        ["molecule"] = "chemical",
        ["sheet music"] = "music",
        ["vector graphic"] = "graphic",
        ["pointing"] = "point",
    };

    /// <summary>The category of <paramref name="pipeline"/>; a pipeline the catalog does not know falls back to its name's prefix.</summary>
    public static string Of(string pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        var descriptor = PipelineCatalog.Find(pipeline);
        if (descriptor is not null)
        {
            return ByImageKind.GetValueOrDefault(descriptor.ImageKind, descriptor.ImageKind);
        }

        var dash = pipeline.IndexOf('-', StringComparison.Ordinal);
        return (dash > 0 ? pipeline[..dash] : pipeline).ToLowerInvariant();
    }

    /// <summary>True for the pointing category, whose rows carry <c>questions</c> and <c>answer_points</c>.</summary>
    public static bool IsPointing(string pipeline) => Of(pipeline) == "point";
}
