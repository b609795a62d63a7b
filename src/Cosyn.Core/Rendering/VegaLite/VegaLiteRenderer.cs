using Cosyn.Rendering.Chromium;

namespace Cosyn.Rendering.VegaLite;

/// <summary>Renders a Vega-Lite JSON spec (compiled by vega-lite, drawn as SVG by vega, inline data only) in a warm Chromium page.</summary>
public sealed class VegaLiteRenderer(ChromiumPool pool) : LibraryRenderer(pool, VegaLiteTool.Name, "#out svg")
{
    /// <summary>A renderer with its own browser pool, its pages having vega and vega-lite loaded.</summary>
    public VegaLiteRenderer(ChromiumOptions options)
        : this(LibraryPage.CreatePool(VegaLiteTool.Name, options))
    {
    }
}
