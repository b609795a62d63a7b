namespace Cosyn.Rendering.Images;

/// <summary>Per-tool image policies; tools not listed use <see cref="ImagePolicy.Default"/>.</summary>
public static class ImagePolicies
{
    private static readonly Dictionary<string, ImagePolicy> ByTool = new(StringComparer.Ordinal)
    {
        // Charts come out of bbox_inches='tight' already; a modest margin keeps tick labels off the edge.
        [ToolNames.Matplotlib] = ImagePolicy.Default with { TrimMargin = 16 },
        // Molecules are thin line art on white: 96-98 % background even after trimming. Only a blank canvas is rejected.
        [ToolNames.Rdkit] = ImagePolicy.Default with { MaxDominantColourFraction = 0.995 },
    };

    /// <summary>The policy for <paramref name="tool"/>.</summary>
    public static ImagePolicy For(string tool) => ByTool.GetValueOrDefault(tool, ImagePolicy.Default);
}
