namespace Cosyn.Rendering.Images;

/// <summary>The image policy each tool declares in its <see cref="ToolDefinition"/>; unknown tools use <see cref="ImagePolicy.Default"/>.</summary>
public static class ImagePolicies
{
    /// <summary>The policy for <paramref name="tool"/>.</summary>
    public static ImagePolicy For(string tool) => ToolRegistry.Find(tool)?.ImagePolicy ?? ImagePolicy.Default;
}
