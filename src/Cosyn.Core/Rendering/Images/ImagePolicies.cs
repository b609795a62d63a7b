namespace Cosyn.Rendering.Images;

/// <summary>Per-tool image policies; tools not listed use <see cref="ImagePolicy.Default"/>.</summary>
public static class ImagePolicies
{
    private static readonly ImagePolicy LineArt = ImagePolicy.Default with { MaxDominantColourFraction = 0.995 };

    private static readonly Dictionary<string, ImagePolicy> ByTool = new(StringComparer.Ordinal)
    {
        // Charts come out of bbox_inches='tight' already; a modest margin keeps tick labels off the edge.
        [ToolNames.Matplotlib] = ImagePolicy.Default with { TrimMargin = 16 },
        // Molecules are thin line art on white: 96-98 % background even after trimming. Only a blank canvas is rejected.
        [ToolNames.Rdkit] = ImagePolicy.Default with { MaxDominantColourFraction = 0.995 },

        // Line art and text pages (circuits, geometry, diagrams, scores, invoices) are mostly paper: at crisp
        // resolutions their strokes cover 1-4 % of pixels, so the 95 % rule would reject good images. 99.5 %
        // still rejects blank and nearly blank output.
        // Wide tables (3 rows x 9 columns) and one-line equations are naturally wide: 5.2-6.1:1 measured.
        [ToolNames.Latex] = LineArt with { MaxAspectRatio = 8 },
        [ToolNames.Graphviz] = LineArt,
        [ToolNames.Svg] = LineArt,
        [ToolNames.Asymptote] = LineArt,
        // A single system of music is naturally wide, like a line of text: a titled 4-bar melody is 5.4:1 on A5.
        [ToolNames.Lilypond] = LineArt with { MaxAspectRatio = 6 },
        // Mermaid timelines and one-row gantt charts read left to right: measured at exactly 5.0:1 (1 of 50 samples).
        [ToolNames.Mermaid] = ImagePolicy.Default with { MaxAspectRatio = 6 },
    };

    /// <summary>The policy for <paramref name="tool"/>.</summary>
    public static ImagePolicy For(string tool) => ByTool.GetValueOrDefault(tool, ImagePolicy.Default);
}
