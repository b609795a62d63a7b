namespace Cosyn.Rendering.Chromium;

/// <summary>What every tool drawn in the sandboxed Chromium pages needs, before its own browser builds.</summary>
public static class ChromiumRuntime
{
    /// <summary>The browser and the fonts pages fall back to.</summary>
    public static ToolRequirements Requirements { get; } = new()
    {
        AptPackages = ["chromium", "fonts-dejavu-core", "fonts-liberation"],
        Binaries = ["chromium"],
    };
}
